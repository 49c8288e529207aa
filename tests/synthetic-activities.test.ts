import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payloadCliAsync } from './helpers/cli'
import { startPayload, type TestContext } from './helpers/payload'

// Spec (issue 16, the benchmark's scale): `payload synthetic N --activities M` adds published
// synthetic activities until there are M, each with partner cities and areas that exist, dated in
// the past; run again, it adds none; a wrong count is refused.

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
  await ctx.payload.create({
    collection: 'commitments',
    locale: 'pl',
    data: { title: 'Współpraca gospodarcza', order: 1, _status: 'published' } as never,
  })
}, 120_000)
afterAll(async () => {
  await ctx?.stop()
})

const synthetic = (...args: string[]) =>
  payloadCliAsync(['synthetic', ...args], { DATABASE_URI: process.env.DATABASE_URI, SEED_ON_START: 'false' })

describe('synthetic activities', () => {
  it('are created published, each with cities and areas, and only up to the count asked for', async () => {
    const { status, output } = await synthetic('20', '--activities', '120')
    expect(status, output).toBe(0)
    expect(output).toContain('120 synthetic activities')
    const { docs, totalDocs } = await ctx.payload.find({
      collection: 'activities',
      locale: 'pl',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    expect(totalDocs).toBe(120)
    const partnerships = await ctx.payload.find({ collection: 'partnerships', depth: 0, pagination: false })
    const cityIds = new Set(partnerships.docs.map((doc) => doc.id))
    for (const doc of docs) {
      expect(doc.cities.length).toBeGreaterThan(0)
      for (const city of doc.cities) expect(cityIds.has(city.value as number)).toBe(true)
      expect(doc.areas?.length).toBeGreaterThan(0)
      expect(new Date(doc.date).getTime()).toBeLessThan(Date.now())
    }
    // Every city gets some: a city page at scale shows a list, not an empty one.
    expect(new Set(docs.flatMap((doc) => doc.cities.map((city) => city.value))).size).toBe(20)

    const again = await synthetic('20', '--activities', '120')
    expect(again.status, again.output).toBe(0)
    expect((await ctx.payload.count({ collection: 'activities' })).totalDocs).toBe(120)
    // No new cities: activities added to the ones there are (the benchmark's 12 seeded cities).
    const more = await synthetic('0', '--activities', '130')
    expect(more.status, more.output).toBe(0)
    expect((await ctx.payload.count({ collection: 'activities' })).totalDocs).toBe(130)
    expect((await ctx.payload.count({ collection: 'partnerships' })).totalDocs).toBe(20)
    expect((await synthetic('0')).status).not.toBe(0)
    const wrong = await synthetic('20', '--activities', 'many')
    expect(wrong.status).not.toBe(0)
    expect(wrong.output).toContain('--activities M')
  }, 180_000)
})
