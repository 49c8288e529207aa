import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { databaseUnderTest } from './helpers/database'
import { withDatabase } from './helpers/integrity'
import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership } from './helpers/schedule'

/*
 * Every instance expires its pages when it reads an expiry row (src/cache/followExpiries.ts). With
 * transactions on, a page expired before the commit could be rendered again from the data before
 * it and kept: the row must be written only once the write is in the file.
 */

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => ctx?.stop())

describe.skipIf(databaseUnderTest() === 'mongodb')('a page expired from outside a request', () => {
  it('is announced once another connection sees the write', async () => {
    const seen: unknown[] = []
    const create = ctx.payload.create.bind(ctx.payload)
    // At the moment the expiry is written: what a reader rendering the page right now would read.
    const watched = vi.spyOn(ctx.payload, 'create').mockImplementation((async (args: { collection: string }) => {
      if (args.collection === 'cache-expiries') {
        await withDatabase(process.env.DATABASE_URI!, async (db) => {
          const { rows } = await db.execute(
            "SELECT l.summary FROM partnerships p JOIN partnerships_locales l ON l._parent_id = p.id AND l._locale = 'pl' WHERE p._status = 'published'",
          )
          seen.push(...rows.map((row) => row.summary))
        })
      }
      return create(args as never)
    }) as never)
    try {
      await draftPartnership(ctx.payload, { _status: 'published', summary: 'Już w pliku' })
      expect(seen).toContain('Już w pliku')
    } finally {
      watched.mockRestore()
    }
  })
})
