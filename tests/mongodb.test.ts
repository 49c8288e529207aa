import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'

/**
 * With MONGODB_URI set, every suite runs on MongoDB (tests/helpers/database.ts); this one also
 * checks that the MongoDB adapter is the one in use. Without it, the skip says why.
 */
describe.skipIf(!process.env.MONGODB_URI)('MongoDB (skipped unless MONGODB_URI=mongodb://… is set)', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await startPayload()
  })
  afterAll(() => ctx?.stop())

  it('runs on @payloadcms/db-mongodb and round-trips a localized document', async () => {
    expect(ctx.payload.db.name).toBe('mongoose')
    const doc = await ctx.payload.create({
      collection: 'commitments',
      locale: 'pl',
      data: { title: 'Po polsku', order: 1, _status: 'published' },
    })
    await ctx.payload.update({ collection: 'commitments', id: doc.id, locale: 'he', data: { title: 'בעברית' } })
    const all: any = await ctx.payload.findByID({ collection: 'commitments', id: doc.id, locale: 'all' } as never)
    expect(all.title).toEqual({ pl: 'Po polsku', he: 'בעברית' })
  })
})
