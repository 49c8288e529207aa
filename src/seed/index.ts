import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { seedAdmin } from '@/seed/admin'
import type { CityFacts } from '@/seed/cityFacts'
import { seedCities } from '@/seed/cities'
import { seedCommitments } from '@/seed/commitments'
import { seedGlobals } from '@/seed/globals'
import { seedHistoryArticle } from '@/seed/historyArticle'
import { parsePage } from '@/seed/parsePage'
import { seedSession } from '@/seed/session'

export type SeedReport = { created: Record<string, number>; adminEmail?: string }

export const defaultSeedDir = (): string =>
  path.resolve(process.env.SEED_DIR || path.join(process.cwd(), '..', 'shared', 'seed'))

/**
 * Imports the old page and the researched facts. It only creates what is missing, each document in
 * one transaction, so a second run changes nothing and an editor's later changes are never undone.
 */
export async function seed(payload: Payload, { seedDir = defaultSeedDir() } = {}): Promise<SeedReport> {
  const page = parsePage(fs.readFileSync(path.join(seedDir, 'miasta-partnerskie.md'), 'utf8'))
  const cities: CityFacts[] = JSON.parse(fs.readFileSync(path.join(seedDir, 'cities.json'), 'utf8'))
  const session = await seedSession(payload)
  await seedCities(session, page, cities)
  await seedCommitments(session, page.commitments)
  await seedHistoryArticle(session, page.historyParagraphs)
  await seedGlobals(session, cities)
  const adminEmail = await seedAdmin(payload)
  return { created: session.created, adminEmail }
}
