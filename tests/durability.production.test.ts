import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient } from '@libsql/client'

import { databaseUnderTest } from './helpers/database'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Crash durability: writes through REST from eight concurrent clients, SIGKILL mid-load (no
 * shutdown, no flush), restart, and every write the server acknowledged must be there. SQLite runs
 * in WAL mode with synchronous=FULL (src/config/databaseAdapter.ts).
 */

let server: RunningServer
let token: string

beforeAll(async () => {
  server = await startProductionServer()
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  token = (await response.json()).token
}, 900_000)
afterAll(() => server?.stop())

const api = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

describe('a SIGKILL under write load', () => {
  it('loses no acknowledged write', async () => {
    const created = await (
      await api('POST', '/commitments?locale=pl', {
        title: 'Licznik',
        description: '0',
        order: 4999,
        _status: 'published',
      })
    ).json()
    const counterId = created.doc.id
    const acknowledged = new Map<string, number | string>()
    let lastCounter = 0
    let running = true

    const creator = async (worker: number) => {
      for (let i = 0; running; i++) {
        const title = `Zapis ${worker}-${i}`
        try {
          const response = await api('POST', '/commitments?locale=pl', {
            title,
            description: `opis ${worker}-${i}`,
            order: 5000 + i,
            _status: 'published',
          })
          if (response.status === 201) acknowledged.set(title, (await response.json()).doc.id)
        } catch {
          return // the server is gone
        }
      }
    }
    const updater = async () => {
      for (let i = 1; running; i++) {
        try {
          // `order` lives in the document's own row: one statement, so an acknowledged value stays.
          const response = await api('PATCH', `/commitments/${counterId}?locale=pl`, { order: 100_000 + i })
          if (response.status === 200) lastCounter = i
        } catch {
          return
        }
      }
    }
    const clients = [...Array.from({ length: 7 }, (_, worker) => creator(worker)), updater()]
    while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 50))
    await server.kill('SIGKILL')
    running = false
    await Promise.all(clients)

    await server.restart()
    const stored = new Map<string, unknown>()
    const { docs } = await (
      await api('GET', '/commitments?locale=pl&limit=0&depth=0&where[order][greater_than_equal]=5000')
    ).json()
    for (const doc of docs) stored.set(doc.title, doc.id)
    const lost = [...acknowledged].filter(([title, id]) => stored.get(title) !== id)
    expect(lost, `${lost.length} of ${acknowledged.size} acknowledged writes lost`).toEqual([])
    // The counter was most likely being updated at the kill: its last acknowledged value (or a
    // later one) is there.
    const counter = await (await api('GET', `/commitments/${counterId}?locale=pl`)).json()
    expect(counter.order).toBeGreaterThanOrEqual(100_000 + lastCounter)
    console.info(
      `durability: ${acknowledged.size} creates and ${lastCounter} updates acknowledged before SIGKILL, none lost`,
    )
  })
})

// A second connection to the file (a backup, the CLI, a second instance, the disk after a crash)
// sees every commit as it lands. Payload's SQLite adapter writes a localized document as its row,
// then deletes and re-inserts its language rows: atomic only inside one transaction, which
// src/database/serializedClient.ts makes hold under concurrent writes.
describe.skipIf(databaseUnderTest() === 'mongodb')('a document being updated (SQLite)', () => {
  it('is never seen without its language rows by another connection', async () => {
    const counters = await Promise.all(
      [1, 2, 3, 4].map(
        async (n) =>
          (
            await (
              await api('POST', '/commitments?locale=pl', {
                title: `Licznik ${n}`,
                description: '0',
                order: 6000 + n,
                _status: 'published',
              })
            ).json()
          ).doc.id,
      ),
    )
    const reader = createClient({ url: server.env.DATABASE_URI })
    const torn = new Set<string>()
    let reads = 0
    let updates = 0
    let writing = true
    const updater = async (id: unknown) => {
      for (let i = 1; writing; i++) {
        const response = await api('PATCH', `/commitments/${id}?locale=pl`, { description: String(i) })
        expect(response.status).toBe(200)
        updates++
      }
    }
    const updaters = Promise.all(counters.map(updater))
    try {
      for (const until = Date.now() + 4000; Date.now() < until; reads++) {
        const { rows } = await reader.execute({
          // Not by `order`: the first test's counter has moved past 100,000.
          sql: 'SELECT c.id, l.title FROM commitments c LEFT JOIN commitments_locales l ON l._parent_id = c.id AND l._locale = ? WHERE c."order" BETWEEN 6001 AND 6004',
          args: ['pl'],
        })
        expect(rows).toHaveLength(counters.length)
        for (const row of rows) if (row.title === null) torn.add(String(row.id))
        // The local client answers at once: let the updaters' responses in.
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      writing = false
      await updaters
      reader.close()
    }
    console.info(
      `durability: ${torn.size} of ${counters.length} documents seen without language rows in ${reads} reads during ${updates} updates`,
    )
    expect([...torn], `${reads} reads during ${updates} updates`).toEqual([])
  })
})
