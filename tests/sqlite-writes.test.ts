import fs from 'node:fs'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { serializedClient } from '@/database/serializedClient'

import { throwawayDir } from './helpers/database'

/**
 * The client Payload's SQLite adapter runs on (src/database/serializedClient.ts), as Payload uses
 * it: transactions that begin, wait on other work (hooks, other requests), write and commit.
 */
let dir: string
let file: string
const clients: Client[] = []
const client = (busyTimeoutMs = 5000) => {
  const opened = serializedClient({
    url: `file:${file}`,
    file,
    busyTimeoutMs,
    synchronous: 'FULL',
    journalSizeLimit: 1 << 20,
    lockWaitMs: 10_000,
  })
  clients.push(opened)
  return opened
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(async () => {
  dir = throwawayDir()
  file = path.join(dir, 'writes.db')
  await client().execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)')
})
afterEach(() => {
  for (const opened of clients.splice(0)) opened.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A request's write: its transaction stays open while it awaits other work, as Payload's do. */
const request = async (db: Client, value: string) => {
  const tx = await db.transaction('write')
  try {
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [value] })
    await sleep(5)
    await tx.commit()
  } catch (error) {
    await tx.rollback()
    throw error
  }
}
/** The error a request failed with, or undefined. */
const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: { code?: string }) => error,
  )
const values = async (db: Client) => (await db.execute('SELECT v FROM t ORDER BY v')).rows.map((row) => row.v)

describe('SQLite writes with transactions on', () => {
  it('commits concurrent transactions, one after another, without stopping the event loop', async () => {
    const db = client()
    let stalled = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      stalled = Math.max(stalled, performance.now() - last)
      last = performance.now()
    }, 2)
    await Promise.all(Array.from({ length: 40 }, (_, n) => request(db, `v${String(n).padStart(2, '0')}`)))
    clearInterval(ticker)
    expect(await values(db)).toHaveLength(40)
    expect(stalled).toBeLessThan(500)
  })

  it('serializes two clients of one file in one process (Next can load the config twice)', async () => {
    const [a, b] = [client(), client()]
    await Promise.all(Array.from({ length: 20 }, (_, n) => request(n % 2 ? a : b, `v${n}`)))
    expect(await values(a)).toHaveLength(20)
  })

  it('lets a write outside a transaction run before the transaction’s first statement (forgot-password)', async () => {
    const db = client()
    const tx = await db.transaction('write')
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['reservation'] })
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['token'] })
    await tx.commit()
    expect(await values(db)).toEqual(['reservation', 'token'])
  })

  it('gives the lock back after a statement fails inside a transaction, and names a duplicate as Payload expects', async () => {
    const db = client()
    await request(db, 'taken')
    const failure = await failureOf(request(db, 'taken'))
    // Payload answers a duplicate with a 400 naming the field only for this code.
    expect(failure?.code).toBe('SQLITE_CONSTRAINT_UNIQUE')
    await request(db, 'after')
    expect(await values(db)).toEqual(['after', 'taken'])
  })

  it('recovers once another process’s lock outlasts the busy timeout (libsql-client-ts #352)', async () => {
    const db = client(100)
    await request(db, 'first')
    const other = createClient({ url: `file:${file}` })
    await other.execute('BEGIN IMMEDIATE')
    const failure = await failureOf(request(db, 'blocked'))
    expect(failure?.code).toMatch(/^SQLITE_BUSY/)
    await other.execute('ROLLBACK')
    other.close()
    await request(db, 'then')
    await request(db, 'and again')
    expect(await values(db)).toEqual(['and again', 'first', 'then'])
  })
})
