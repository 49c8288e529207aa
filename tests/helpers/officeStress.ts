import { getPayload, type Payload } from 'payload'

import { COUNTER_BASE, type Torn, tornDocuments, withDatabase } from './integrity'
import { type Ledger, lostWrites, publishedSummary, unpublishedSchedules } from './officeLedger'
import { type LoadFigures, officeLoad } from './officeLoad'
import type { RunningServer } from './server'

export type StressReport = {
  mixed: LoadFigures & { seconds: number }
  kills: { count: number; requests: number; errors: string[]; locked: number; restartSeconds: number[] }
  /** Found on the file after each restart, plus what the watcher and the backups caught. */
  torn: Torn[]
  lost: string[]
  acknowledged: number
  /** Jobs a killed server had claimed, freed by the restarted one (src/database/strandedJobs.ts). */
  jobsFreed: number
}

const post = async (server: RunningServer, path: string, body: unknown, token?: string) => {
  const response = await fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`)
  return response.json()
}

/** The documents and account the load works on, created through REST as an admin would. */
async function prepare(server: RunningServer, token: string): Promise<Ledger> {
  const email = `stres-${Date.now()}@example.com`
  const password = 'haslo-poczatkowe-0123'
  const { doc: user } = await post(server, '/users', { email, password, roles: ['editor'] }, token)
  const counters = new Map<string, number>()
  for (const n of [1, 2, 3]) {
    const body = { title: `Licznik ${n}`, description: '0', order: COUNTER_BASE, _status: 'published' }
    counters.set(String((await post(server, '/commitments?locale=pl', body, token)).doc.id), 0)
  }
  const { doc: partnership } = await post(
    server,
    '/partnerships?locale=pl',
    {
      name: 'Stres Porto',
      slug: `stres-porto-${Date.now()}`,
      country: 'PT',
      agreementDate: '2010-10-10T12:00:00.000Z',
      location: { latitude: 41, longitude: -8 },
      summary: publishedSummary(0),
      _status: 'published',
    },
    token,
  )
  return {
    created: new Map(),
    counters,
    published: { id: String(partnership.id), round: 0 },
    account: { id: String(user.id), email, password },
    scheduled: new Set(),
  }
}

/** This process queues the scheduled publications, as a second instance or the CLI would. */
async function localPayload(server: RunningServer): Promise<Payload> {
  Object.assign(process.env, {
    DATABASE_URI: server.env.DATABASE_URI,
    MEDIA_DIR: server.env.MEDIA_DIR,
    SEED_ON_START: 'false',
    // Skips Payload's development schema push onto the server's migrated database.
    PAYLOAD_MIGRATING: 'true',
  })
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

/**
 * The office load for `loadMs` on `server` (started with JOBS_CRON every second), then `kills`
 * rounds of the same load cut by a SIGKILL after 1.5 to 3.5 s, each followed by a restart and a
 * look at the file for torn documents and at the ledger for lost acknowledged writes.
 */
export async function stressOffice(
  server: RunningServer,
  { loadMs, kills, log = () => {} }: { loadMs: number; kills: number; log?: (line: string) => void },
): Promise<StressReport> {
  const url = server.env.DATABASE_URI!
  const { token } = await post(server, '/users/login', {
    email: process.env.ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD,
  })
  const ledger = await prepare(server, token)
  const payload = await localPayload(server)
  const load = officeLoad(server, payload, ledger, token)
  try {
    const mixed = { ...(await load.run({ ms: loadMs })), seconds: loadMs / 1000 }
    log(`mixed load: ${mixed.requests} requests, ${mixed.errors.length} errors, ${mixed.backups} backups`)
    const torn = [...mixed.torn]
    const lost: string[] = []
    const killed: StressReport['kills'] = { count: 0, requests: 0, errors: [], locked: 0, restartSeconds: [] }
    for (let round = 1; round <= kills; round++) {
      const figures = await load.run({ ms: 1500 + Math.random() * 2000, kill: true })
      const started = performance.now()
      await server.restart()
      killed.restartSeconds.push((performance.now() - started) / 1000)
      const found = await withDatabase(url, tornDocuments)
      const missing = await lostWrites(url, server.url, ledger)
      Object.assign(killed, { count: round, requests: killed.requests + figures.requests })
      killed.errors.push(...figures.errors)
      killed.locked += figures.locked
      torn.push(...figures.torn, ...found)
      lost.push(...missing)
      log(`kill ${round}: ${figures.requests} requests, ${found.length} torn, ${missing.length} lost`)
    }
    lost.push(...(await unpublishedSchedules(url, ledger, 20_000)))
    const acknowledged =
      ledger.created.size +
      [...ledger.counters.values()].reduce((sum, value) => sum + value, 0) +
      ledger.published.round +
      ledger.scheduled.size
    const jobsFreed = [...server.log().matchAll(/Released (\d+) job/g)].reduce((sum, [, n]) => sum + Number(n), 0)
    return { mixed, kills: killed, torn, lost, acknowledged, jobsFreed }
  } finally {
    await payload.destroy()
  }
}
