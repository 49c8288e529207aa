/**
 * Two-instance freshness (issue 14): a second `next start` of the same build on the bench server's
 * database, a publish through the first (10 times) and the time until the second shows it. Part of
 * `npm run bench`; alone (a minute, no load runs): `npx tsx bench/twoInstances.ts`.
 */
import { pathToFileURL } from 'node:url'

import { type RunningServer, startProductionServer } from '../tests/helpers/server'

import { login, publishToVisible } from './publish'
import { startSeededServer } from './seededServer'

/** Longer than the target, to tell a late page from one that never comes, without a 30 s wait each. */
const GIVE_UP_MS = 5000
export const TWO_INSTANCE_TARGET_MS = 1000
export const CITY_PATH = '/pl/partnerships/vienne'

export type TwoInstanceFreshness = Awaited<ReturnType<typeof publishToVisible>> & { giveUpMs: number }

export async function twoInstanceFreshness(
  first: RunningServer,
  token: string,
  id: string | number,
): Promise<TwoInstanceFreshness> {
  // As an operator would run it: the job queue on one instance only.
  const second = await startProductionServer({ JOBS_AUTORUN: 'false' }, undefined, { sharing: first })
  try {
    const figure = await publishToVisible({
      apiUrl: first.url,
      readUrl: second.url,
      token,
      id,
      path: CITY_PATH,
      warmFirst: true,
      giveUpMs: GIVE_UP_MS,
    })
    return { ...figure, giveUpMs: GIVE_UP_MS }
  } finally {
    await second.stop()
  }
}

/** The figure as the bench prints it, and whether it meets the target. */
export function describeFreshness(figure: TwoInstanceFreshness): { value: string; met: boolean } {
  const missed = figure.missed
    ? `; ${figure.missed} of ${figure.samples.length} never within ${figure.giveUpMs} ms`
    : ''
  return {
    value: `${figure.median} / ${figure.worst}${missed}`,
    met: figure.missed === 0 && figure.worst <= TWO_INSTANCE_TARGET_MS,
  }
}

async function main() {
  const { server, admin } = await startSeededServer({})
  try {
    const token = await login(server.url, admin.email, admin.password)
    const found = await (
      await fetch(`${server.url}/api/partnerships?where[slug][equals]=vienne&locale=pl&depth=0`)
    ).json()
    const figure = await twoInstanceFreshness(server, token, found.docs[0].id)
    const { value, met } = describeFreshness(figure)
    console.log(`samples (ms): ${figure.samples.join(', ')}`)
    console.log(
      `two instances: publish through A until B shows it, median / worst ms  ${value}  target worst ≤ ${TWO_INSTANCE_TARGET_MS} ${met ? '✓' : '✗'}`,
    )
  } finally {
    await server.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
