import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedLocale,
  type Where,
} from 'payload'

import { localeCodes } from '@/i18n/locales'
import { type CityFacts, countryCodeFromPolish, factsFor } from '@/seed/cityFacts'
import { accessibilityStatement } from '@/seed/content/accessibilityStatement'
import { openDataLicence } from '@/seed/content/openDataLicence'
import { endedIn2022 } from '@/seed/content/endedIn2022'
import { commitmentsEn, history } from '@/seed/content/history'
import { parsePage } from '@/seed/parsePage'
import { persistedEnvValue } from '@/config/envFile'
import { slugify } from '@/fields/slugify'

export type SeedReport = { created: Record<string, number>; adminEmail?: string }

export const defaultSeedDir = (): string =>
  path.resolve(process.env.SEED_DIR || path.join(process.cwd(), '..', 'shared', 'seed'))

const noon = (isoDay: string) => `${isoDay}T12:00:00.000Z`
const published = { _status: 'published' as const }
// Seeds are bulk writes: revalidation hooks stay quiet (see the public site's hooks).
const context = { disableRevalidate: true }

/** "names.de (modern usage)" → { field: 'names.de', note: 'modern usage' } */
const unverifiedRow = (entry: string) => {
  const match = /^(\S+)(?:\s+\((.+)\))?$/.exec(entry)
  return { field: match?.[1] ?? entry, note: match?.[2] ?? null }
}

/**
 * Imports the old page and the researched facts. It only creates what is missing, each document in
 * one transaction, so a second run changes nothing and an editor's later changes are never undone.
 */
export async function seed(payload: Payload, { seedDir = defaultSeedDir() } = {}): Promise<SeedReport> {
  const page = parsePage(fs.readFileSync(path.join(seedDir, 'miasta-partnerskie.md'), 'utf8'))
  const cities: CityFacts[] = JSON.parse(fs.readFileSync(path.join(seedDir, 'cities.json'), 'utf8'))
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const otherLocales = localeCodes().filter((code) => code !== 'pl') as TypedLocale[]
  const created: Record<string, number> = {}

  async function createOnce(collection: CollectionSlug, where: Where, write: (req: PayloadRequest) => Promise<void>) {
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
    if (totalDocs > 0) return
    const req = await createLocalReq({ context }, payload)
    await initTransaction(req)
    try {
      await write(req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    created[collection] = (created[collection] ?? 0) + 1
  }

  async function createCity(
    collection: 'partnerships' | 'friendly-cities',
    name: string,
    facts: CityFacts,
    relation: Record<string, unknown>,
    notes: Record<string, string> = {},
  ) {
    const slug = slugify(name)
    await createOnce(collection, { slug: { equals: slug } }, async (req) => {
      const doc = await payload.create({
        collection,
        locale: 'pl',
        req,
        data: {
          ...relation,
          ...published,
          name,
          slug,
          country: facts.country,
          location: { latitude: facts.lat, longitude: facts.lng },
          website: facts.website,
          wikidataId: facts.wikidataId,
          sources: facts.sources,
          unverified: facts.unverified.map(unverifiedRow),
        } as never,
      })
      for (const locale of otherLocales) {
        const history = 'statusHistory' in doc ? doc.statusHistory : undefined
        await payload.update({
          collection,
          id: doc.id,
          locale,
          req,
          data: {
            ...published,
            name: facts.names[locale] ?? name,
            ...(history?.length && notes[locale]
              ? { statusHistory: history.map((row) => ({ ...row, note: notes[locale] })) }
              : {}),
          } as never,
        })
      }
    })
  }

  for (const agreement of page.partnerships) {
    const country = countryCodeFromPolish(agreement.country)
    const facts = factsFor(cities, country, agreement.date)
    const ended = endedIn2022.countries.includes(country)
    await createCity(
      'partnerships',
      agreement.name,
      ended ? { ...facts, sources: [...facts.sources, endedIn2022.furtherSource] } : facts,
      {
        agreementDate: noon(agreement.date),
        status: ended ? 'ended' : 'active',
        statusHistory: ended ? [{ ...endedIn2022.entry, note: endedIn2022.note.pl }] : [],
      },
      ended ? endedIn2022.note : {},
    )
  }

  for (const city of page.friendlyCities) {
    const facts = factsFor(cities, countryCodeFromPolish(city.country), city.date)
    await createCity('friendly-cities', city.name, facts, {
      relationType: city.letterOfIntent ? 'letter-of-intent' : 'friendship',
      // No date on the page means none is known: it must not be invented.
      documentDate: city.date ? noon(city.date) : null,
      datePrecision: 'day',
    })
  }

  for (const [index, title] of page.commitments.entries()) {
    const order = index + 1
    await createOnce('commitments', { order: { equals: order } }, async (req) => {
      const doc = await payload.create({
        collection: 'commitments',
        locale: 'pl',
        req,
        data: { ...published, title, order },
      })
      if (commitmentsEn[index]) {
        await payload.update({
          collection: 'commitments',
          id: doc.id,
          locale: 'en',
          req,
          data: { ...published, title: commitmentsEn[index] },
        })
      }
    })
  }

  await createOnce('history-articles', { slug: { equals: history.slug } }, async (req) => {
    const doc = await payload.create({
      collection: 'history-articles',
      locale: 'pl',
      req,
      data: { ...published, ...history.pl, slug: history.slug, content: richText(page.historyParagraphs.join('\n\n')) },
    })
    await payload.update({
      collection: 'history-articles',
      id: doc.id,
      locale: 'en',
      req,
      data: {
        ...published,
        title: history.en.title,
        excerpt: history.en.excerpt,
        content: richText(history.en.paragraphs.join('\n\n')),
      },
    })
  })

  await seedGlobals(payload, cities, richText)
  const adminEmail = await seedAdmin(payload)
  return { created, adminEmail }
}

async function seedGlobals(payload: Payload, cities: CityFacts[], richText: (markdown: string) => unknown) {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'pl', fallbackLocale: false })
  if (!settings.officeName) {
    const home = cities.find((city) => city.partnership.type === 'home')
    const homeCity = home && { latitude: home.lat, longitude: home.lng, wikidataId: home.wikidataId }
    for (const locale of localeCodes() as TypedLocale[]) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: {
          officeName:
            locale === 'pl'
              ? 'Urząd Miasta Piotrkowa Trybunalskiego'
              : locale === 'en'
                ? 'Piotrków Trybunalski City Hall'
                : undefined,
          homeCity: homeCity && { ...homeCity, name: home.names[locale] },
        } as never,
      })
    }
  }
  if (!settings.openDataLicence?.url) {
    for (const locale of ['pl', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: { openDataLicence: openDataLicence[locale] },
      })
    }
  }
  const statement = await payload.findGlobal({ slug: 'accessibility-statement', locale: 'pl', fallbackLocale: false })
  if (!statement.preparedOn) {
    for (const locale of ['pl', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'accessibility-statement',
        locale,
        context,
        data: {
          content: richText(accessibilityStatement[locale]),
          preparedOn: accessibilityStatement.preparedOn,
          reviewedOn: accessibilityStatement.preparedOn,
        } as never,
      })
    }
  }
}

/** The first admin, only while there is no user at all. */
async function seedAdmin(payload: Payload): Promise<string | undefined> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return undefined
  const email = process.env.ADMIN_EMAIL?.trim() || 'admin@example.com'
  let password = process.env.ADMIN_PASSWORD?.trim()
  if (!password && process.env.NODE_ENV !== 'production') {
    password = persistedEnvValue('ADMIN_PASSWORD', () => crypto.randomBytes(12).toString('base64url'))
  }
  if (!password) {
    payload.logger.warn('No user exists and ADMIN_PASSWORD is not set: create the first admin at /admin.')
    return undefined
  }
  await payload.create({
    collection: 'users',
    context,
    data: { email, password, name: 'Administrator', roles: ['admin'] },
  })
  return email
}
