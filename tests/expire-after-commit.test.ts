import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { databaseUnderTest } from './helpers/database'
import { withDatabase } from './helpers/integrity'
import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership } from './helpers/schedule'

/*
 * The job queue expires pages by asking the server over HTTP (Next refuses `revalidateTag` outside a
 * request). With transactions on, a page expired before the commit could be rendered again from the
 * data before it and kept: the server must be asked only once the write is in the file.
 */
vi.mock('next/cache', () => ({
  revalidateTag: () => {
    throw new Error('`revalidateTag` outside a request')
  },
}))

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => ctx?.stop())

describe.skipIf(databaseUnderTest() === 'mongodb')('a page expired from outside a request', () => {
  it('is expired once another connection sees the write', async () => {
    const seen: unknown[] = []
    const server = http.createServer((request, response) => {
      request.resume()
      // What a reader rendering the page right now would read.
      void withDatabase(process.env.DATABASE_URI!, async (db) => {
        const { rows } = await db.execute(
          "SELECT l.summary FROM partnerships p JOIN partnerships_locales l ON l._parent_id = p.id AND l._locale = 'pl' WHERE p._status = 'published'",
        )
        seen.push(...rows.map((row) => row.summary))
      }).finally(() => response.writeHead(204).end())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as import('node:net').AddressInfo
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('INTERNAL_URL', `http://127.0.0.1:${port}`)
    try {
      await draftPartnership(ctx.payload, { _status: 'published', summary: 'Już w pliku' })
      expect(seen).toContain('Już w pliku')
    } finally {
      vi.unstubAllEnvs()
      server.close()
    }
  })
})
