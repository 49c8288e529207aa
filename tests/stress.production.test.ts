import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseUnderTest } from './helpers/database'
import { withDatabase } from './helpers/integrity'
import { stressOffice } from './helpers/officeStress'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * The office load of `npm run stress` (tests/helpers/officeLoad.ts), short: 10 s of concurrent REST
 * writes, a single-language publish, a password reset, scheduled publications and backups, then
 * three SIGKILLs under the same load, each with a restart. `npm run stress` runs a minute and 20.
 */
describe.skipIf(databaseUnderTest() === 'mongodb')('an office day on SQLite', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startProductionServer({ JOBS_CRON: '* * * * * *' })
  }, 900_000)
  afterAll(() => server?.stop())

  it('answers every write without a lock error, and a SIGKILL tears or loses nothing', async () => {
    const report = await stressOffice(server, { loadMs: 10_000, kills: 3, log: console.info })
    expect(report.mixed.errors, server.log().slice(-3000)).toEqual([])
    expect(report.kills.errors).toEqual([])
    expect(report.mixed.locked + report.kills.locked).toBe(0)
    expect(report.mixed.backups).toBeGreaterThan(0)
    expect(report.torn).toEqual([])
    expect(report.lost).toEqual([])
  }, 300_000)

  it('runs a scheduled publication that a killed server had claimed', async () => {
    const api = async (path: string, body: unknown, token?: string) =>
      (
        await fetch(`${server.url}/api${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
          body: JSON.stringify(body),
        })
      ).json()
    const { token, user } = await api('/users/login', {
      email: process.env.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD,
    })
    const { doc } = await api(
      '/partnerships?locale=pl&draft=true',
      {
        name: 'Porzucone Porto',
        slug: `porzucone-${Date.now()}`,
        country: 'PT',
        agreementDate: '2010-10-10T12:00:00.000Z',
        location: { latitude: 41, longitude: -8 },
        _status: 'draft',
      },
      token,
    )
    await server.kill('SIGKILL')
    // What a server killed between claiming the job and finishing it leaves behind.
    const input = { type: 'publish', doc: { relationTo: 'partnerships', value: String(doc.id) } }
    const claimedAt = new Date(Date.now() - 60_000).toISOString()
    await withDatabase(server.env.DATABASE_URI, (db) =>
      db.execute({
        sql: `INSERT INTO payload_jobs (input, task_slug, queue, wait_until, processing, total_tried, updated_at, created_at)
          VALUES (?, 'schedulePublish', 'default', ?, 1, 0, ?, ?)`,
        args: [
          JSON.stringify({ ...input, user: { relationTo: 'users', value: user.id } }),
          claimedAt,
          claimedAt,
          claimedAt,
        ],
      }),
    )
    await server.restart()
    let status = 'draft'
    for (const until = Date.now() + 20_000; status !== 'published' && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = await withDatabase(server.env.DATABASE_URI, async (db) => {
        const { rows } = await db.execute({ sql: 'SELECT _status FROM partnerships WHERE id = ?', args: [doc.id] })
        return String(rows[0]?._status)
      })
    }
    expect(status, server.log().slice(-3000)).toBe('published')
  }, 120_000)
})
