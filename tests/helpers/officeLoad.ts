import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { payloadCliAsync } from './cli'
import { COUNTER_BASE, type Torn, tornDocuments, withDatabase } from './integrity'
import { type Ledger, publishedSummary } from './officeLedger'
import { schedule, sleep } from './schedule'
import type { RunningServer } from './server'

export type LoadFigures = {
  requests: number
  errors: string[]
  /** "database is locked" (SQLITE_BUSY) in answers or in the server's log. */
  locked: number
  backups: number
  /** Documents another connection caught in part while the load ran (the watcher, each backup). */
  torn: Torn[]
}

const LOCKED = /database is locked|SQLITE_BUSY/i

/**
 * An office's day at once against one production server: editors creating and updating documents
 * through REST, an admin publishing one language, a password reset, publications scheduled on the
 * job queue, backups, and a second connection watching the database for anything written in part.
 * `run` keeps it up for `ms`, or until `kill` (a SIGKILL of the server) has happened.
 */
export function officeLoad(server: RunningServer, payload: Payload, ledger: Ledger, token: string) {
  const state = { running: false, killed: false }
  let figures: LoadFigures

  const note = (error: unknown) => {
    if (state.killed) return
    const message = error instanceof Error ? error.message : String(error)
    figures.errors.push(message.slice(0, 300))
    if (LOCKED.test(message)) figures.locked++
  }
  const call = async (method: string, url: string, expected: number, body?: unknown, auth = token) => {
    figures.requests++
    const response = await fetch(`${server.url}/api${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `JWT ${auth}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    const text = await response.text()
    if (response.status !== expected) throw new Error(`${method} ${url} → ${response.status}: ${text}`)
    return JSON.parse(text)
  }
  const loop = async (work: (round: number) => Promise<unknown>, pauseMs = 0) => {
    for (let round = 1; state.running; round++) {
      try {
        await work(round)
      } catch (error) {
        note(error)
        if (state.killed) return
      }
      if (pauseMs) await sleep(pauseMs)
    }
  }
  // Names stay unique across runs: each run counts its rounds from 1 again.
  let stamp = ''

  const creator = (worker: number) =>
    loop(async (round) => {
      const title = `Stres ${stamp}-${worker}-${round}`
      const body = { title, description: `opis ${round}`, order: 5000 + round, _status: 'published' }
      ledger.created.set(title, String((await call('POST', '/commitments?locale=pl', 201, body)).doc.id))
    })
  const counter = (id: string) =>
    loop(async () => {
      const value = (ledger.counters.get(id) ?? 0) + 1
      const body = { description: String(value), order: COUNTER_BASE + value, _status: 'published' }
      await call('PATCH', `/commitments/${id}?locale=pl`, 200, body)
      ledger.counters.set(id, value)
    })
  // A translator's English draft, then the admin's "Publish in Polish" of the same document.
  const publisher = () =>
    loop(async () => {
      const { id } = ledger.published
      const round = ledger.published.round + 1
      await call('PATCH', `/partnerships/${id}?locale=en&draft=true`, 200, { summary: `Draft ${round}` })
      const publish = { _status: 'published', summary: publishedSummary(round) }
      await call('PATCH', `/partnerships/${id}?locale=pl&publishSpecificLocale=pl`, 200, publish)
      ledger.published.round = round
    })
  // Payload takes one forgot-password per account every 15 s; in between the admin sets one. The
  // reset token comes by e-mail in real life; here it is read where Payload keeps it.
  let lastForgot = 0
  const resetToken = async () => {
    const { email } = ledger.account
    await call('POST', '/users/forgot-password', 200, { email }, '')
    lastForgot = Date.now()
    return withDatabase(server.env.DATABASE_URI!, async (db) => {
      const { rows } = await db.execute({
        sql: 'SELECT reset_password_token FROM users WHERE email = ?',
        args: [email],
      })
      return String(rows[0]?.reset_password_token)
    })
  }
  const passwordReset = () =>
    loop(async (round) => {
      const { account } = ledger
      const password = `haslo-${stamp}-${round}`
      const forgot = Date.now() - lastForgot > 16_000 ? await resetToken() : undefined
      account.pending = password
      if (forgot) await call('POST', '/users/reset-password', 200, { token: forgot, password }, '')
      else await call('PATCH', `/users/${account.id}`, 200, { password })
      account.password = password
      account.pending = undefined
    }, 300)
  // A draft whose publication is queued, then the same city saved again by mistake: its slug is
  // taken, which SQLite finds inside the transaction, and the lock must come back after it.
  const scheduler = () =>
    loop(async (round) => {
      const body = {
        name: `Stres ${round}`,
        slug: `stres-${stamp}-${round}`,
        country: 'PT',
        agreementDate: '2010-10-10T12:00:00.000Z',
        location: { latitude: 41, longitude: -8 },
        _status: 'draft',
      }
      const { doc } = await call('POST', '/partnerships?locale=pl&draft=true', 201, body)
      await schedule(payload, { type: 'publish', id: doc.id, user: ledger.account.id }, new Date(Date.now() + 500))
      ledger.scheduled.add(String(doc.id))
      await call('POST', '/partnerships?locale=pl&draft=true', 400, body)
    }, 700)
  const backups = () =>
    loop(async (round) => {
      const dir = path.join(server.dir, `backup-${stamp}-${round}`)
      figures.requests++
      const { status, output } = await payloadCliAsync(['backup', dir], server.env)
      if (status !== 0) throw new Error(`backup → ${status}: ${output.slice(-500)}`)
      figures.backups++
      figures.torn.push(...(await withDatabase(`file:${path.join(dir, 'cms.db')}`, tornDocuments)))
      fs.rmSync(dir, { recursive: true, force: true })
    })
  const watcher = () =>
    withDatabase(server.env.DATABASE_URI!, async (db) => {
      while (state.running) {
        figures.torn.push(...(await tornDocuments(db, { quick: true })))
        await sleep(100)
      }
    })

  return {
    async run({ ms, kill = false }: { ms: number; kill?: boolean }): Promise<LoadFigures> {
      figures = { requests: 0, errors: [], locked: 0, backups: 0, torn: [] }
      stamp = Date.now().toString(36)
      const logFrom = server.log().length
      Object.assign(state, { running: true, killed: false })
      const workers = [
        ...[1, 2, 3].map(creator),
        ...[...ledger.counters.keys()].map(counter),
        publisher(),
        passwordReset(),
        scheduler(),
        backups(),
        watcher(),
      ]
      await sleep(ms)
      if (kill) {
        state.killed = true
        await server.kill('SIGKILL')
      }
      state.running = false
      await Promise.all(workers)
      figures.locked += (server.log().slice(logFrom).match(new RegExp(LOCKED, 'gi')) ?? []).length
      return figures
    },
  }
}
