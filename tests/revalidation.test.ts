import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { expiredTags } from '@/cache/expiredTags'

import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership } from './helpers/schedule'

/*
 * Which writes expire the readers' pages, through the real collections and hooks on a throwaway
 * database: each expiry is a row every app instance reads (src/cache/followExpiries.ts), so the
 * rows written are what every running server would expire.
 */
let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
  await ctx.payload.create({
    collection: 'users',
    data: { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD!, roles: ['admin'] } as never,
  })
})
afterAll(() => ctx?.stop())

const seen = new Set<string>()
const rows = async () =>
  (
    await ctx.payload.find({
      collection: 'cache-expiries',
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
/** The tags of the expiries written since the last `forget()`. */
const written = async () =>
  (await rows()).filter((row) => !seen.has(String(row.id))).flatMap((row) => row.tags.split(' '))
/** Their collections' and globals' tags (each write also expires its documents': tested below). */
const expired = async () => (await written()).filter((tag) => !tag.includes('#'))
const forget = async () => {
  for (const row of await rows()) seen.add(String(row.id))
}
beforeEach(forget)

const partnerships = 'payload:partnerships'
const update = (id: unknown, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ctx.payload.update({ collection: 'partnerships', id: id as number, locale: 'pl', data: data as never, ...extra })

describe('what expires the readers’ pages', () => {
  it('a new draft does not; creating a published document does', async () => {
    await draftPartnership(ctx.payload)
    expect(await expired()).toEqual([])
    await draftPartnership(ctx.payload, { _status: 'published' })
    expect(await expired()).toEqual([partnerships])
  })

  it('the empty draft of the admin’s create view does not', async () => {
    await ctx.payload.create({ collection: 'history-articles', data: {} as never, draft: true, locale: 'pl' })
    expect(await expired()).toEqual([])
  })

  it('draft saves and autosaves of a published document do not; its publish does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published' })
    await forget()
    await update(doc.id, { summary: 'Szkic' }, { draft: true })
    await update(doc.id, { summary: 'Szkic 2' }, { draft: true, autosave: true })
    expect(await expired()).toEqual([])
    await update(doc.id, { summary: 'Opublikowane', _status: 'published' })
    expect(await expired()).toEqual([partnerships])
  })

  it('unpublishing does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published' })
    await forget()
    await update(doc.id, { _status: 'draft' })
    expect(await expired()).toEqual([partnerships])
  })

  it('restoring a version as a draft does not; restoring it published does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Pierwsza' })
    await update(doc.id, { summary: 'Druga', _status: 'published' })
    const { docs } = await ctx.payload.findVersions({
      collection: 'partnerships',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
    })
    const token = await ctx.rest.login()
    await forget()
    // The admin's "Restore as draft"; the Local API has no `draft` for restoreVersion.
    expect((await ctx.rest.post(`/partnerships/versions/${docs[0].id}?draft=true`, {}, token)).status).toBe(200)
    expect(await expired()).toEqual([])
    expect((await ctx.rest.post(`/partnerships/versions/${docs[0].id}`, {}, token)).status).toBe(200)
    expect(await expired()).toEqual([partnerships])
  })

  it('deleting a draft does not; deleting a published document does, one expiry for a bulk delete', async () => {
    const draft = await draftPartnership(ctx.payload)
    await ctx.payload.delete({ collection: 'partnerships', id: draft.id })
    expect(await expired()).toEqual([])
    const one = await draftPartnership(ctx.payload, { _status: 'published' })
    const two = await draftPartnership(ctx.payload, { _status: 'published' })
    await forget()
    await ctx.payload.delete({ collection: 'partnerships', where: { id: { in: [one.id, two.id] } } })
    expect(await expired()).toEqual([partnerships])
  })

  it('a global’s change does (globals have no drafts)', async () => {
    await ctx.payload.updateGlobal({ slug: 'site-settings', locale: 'pl', data: { officeName: 'Biuro' } as never })
    expect(await expired()).toEqual(['payload:site-settings'])
  })

  it('nothing while a seed or import says disableRevalidate', async () => {
    await draftPartnership(ctx.payload, { _status: 'published' })
    const doc = await ctx.payload.create({
      collection: 'commitments',
      locale: 'pl',
      context: { disableRevalidate: true },
      data: { title: 'Zobowiązanie', order: 9, _status: 'published' } as never,
    })
    expect(await expired()).toEqual([partnerships])
    expect(doc.id).toBeDefined()
  })
})

describe('the documents’ own tags', () => {
  it('a change expires each written document’s tag beside its collection’s', async () => {
    const one = await draftPartnership(ctx.payload, { _status: 'published' })
    expect(await written()).toEqual([partnerships, `payload:partnerships#${one.id}`])
    const two = await draftPartnership(ctx.payload, { _status: 'published' })
    await forget()
    await ctx.payload.delete({ collection: 'partnerships', where: { id: { in: [one.id, two.id] } } })
    expect((await written()).sort()).toEqual(
      [partnerships, `payload:partnerships#${one.id}`, `payload:partnerships#${two.id}`].sort(),
    )
  })
})

describe('the expiry itself', () => {
  it('is marked in this process at once, before other instances read it', async () => {
    const before = performance.now()
    await draftPartnership(ctx.payload, { _status: 'published' })
    expect(expiredTags().get(partnerships)).toBeGreaterThanOrEqual(before)
  })

  it('the write stands when the expiry cannot be stored; the failure is logged, not thrown', async () => {
    const create = ctx.payload.create.bind(ctx.payload)
    const refused = vi
      .spyOn(ctx.payload, 'create')
      .mockImplementation(((args: { collection: string }) =>
        args.collection === 'cache-expiries'
          ? Promise.reject(new Error('database unavailable'))
          : create(args as never)) as never)
    const logged = vi.spyOn(ctx.payload.logger, 'error')
    try {
      const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Zapisane mimo odmowy' })
      const stored: any = await ctx.payload.findByID({ collection: 'partnerships', id: doc.id, locale: 'pl' })
      expect(stored.summary).toBe('Zapisane mimo odmowy')
      expect(logged).toHaveBeenCalled()
    } finally {
      refused.mockRestore()
      logged.mockRestore()
    }
  })
})
