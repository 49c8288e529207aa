import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership, schedule, sleep } from './helpers/schedule'
import { account } from './helpers/users'

describe('scheduled publishing through the job queue', () => {
  let ctx: TestContext
  const users: Record<string, any> = {}
  beforeAll(async () => {
    ctx = await startPayload()
    await seed(ctx.payload)
    users.editor = (await account(ctx, 'editor')).user
    users.translator = (await account(ctx, 'translator', ['de'])).user
  })
  afterAll(() => ctx?.stop())

  const publicStatus = async (id: unknown) => (await ctx.rest.get(`/partnerships/${id}?locale=pl`)).status

  it('publishes a draft when its time comes, not before', async () => {
    const doc = await draftPartnership(ctx.payload)
    await schedule(ctx.payload, { type: 'publish', id: doc.id, user: users.editor.id }, new Date(Date.now() + 1500))
    await ctx.payload.jobs.run()
    expect(await publicStatus(doc.id)).toBe(404)
    await sleep(1600)
    await ctx.payload.jobs.run()
    expect(await publicStatus(doc.id)).toBe(200)
  })

  it('unpublishes when its time comes', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published' })
    expect(await publicStatus(doc.id)).toBe(200)
    await schedule(ctx.payload, { type: 'unpublish', id: doc.id, user: users.editor.id }, new Date(Date.now() + 500))
    await sleep(600)
    await ctx.payload.jobs.run()
    expect(await publicStatus(doc.id)).toBe(404)
  })

  it('runs as the user who scheduled it: a translator’s scheduled German publication publishes German only', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Polski opublikowany' })
    await ctx.payload.update({
      collection: 'partnerships',
      id: doc.id,
      locale: 'pl',
      draft: true,
      data: { summary: 'Polski szkic' } as never,
    })
    await ctx.payload.update({
      collection: 'partnerships',
      id: doc.id,
      locale: 'de',
      draft: true,
      data: { name: 'Geplant', summary: 'Deutsch' } as never,
    })
    await schedule(
      ctx.payload,
      { type: 'publish', id: doc.id, user: users.translator.id, locale: 'de' },
      new Date(Date.now() + 300),
    )
    await sleep(400)
    await ctx.payload.jobs.run()
    const live: any = await ctx.payload.findByID({
      collection: 'partnerships',
      id: doc.id,
      locale: 'all',
      depth: 0,
    } as never)
    expect(live.summary).toEqual(expect.objectContaining({ pl: 'Polski opublikowany', de: 'Deutsch' }))
  })

  it('a translator’s scheduled publication of every language fails and publishes nothing', async () => {
    const doc = await draftPartnership(ctx.payload)
    await schedule(ctx.payload, { type: 'publish', id: doc.id, user: users.translator.id }, new Date(Date.now() + 300))
    await sleep(400)
    await ctx.payload.jobs.run()
    expect(await publicStatus(doc.id)).toBe(404)
  })
})
