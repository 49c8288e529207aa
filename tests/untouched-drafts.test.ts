import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ABANDONED_AFTER_MS } from '@/plugins/untouchedDrafts/hooks'
import { removeBlankDrafts } from '@/plugins/untouchedDrafts/removeBlankDrafts'

import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership } from './helpers/schedule'

/*
 * With autosave, Payload's "Create new" saves an empty draft before anyone types. One that is
 * opened and left must leave nothing anyone sees, and the ones left before this existed go.
 */
let ctx: TestContext
let editor: string
beforeAll(async () => {
  ctx = await startPayload()
  const password = 'a-long-enough-test-password'
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'editor@example.com', password, roles: ['editor'] } as never,
  })
  editor = await ctx.rest.login('editor@example.com', password)
})
afterAll(() => ctx?.stop())

/** What the admin's create view does on "Create new" (`@payloadcms/next`, views/Document). */
const openCreateView = (
  collection: 'partnerships' | 'history-articles' | 'commitments' | 'friendly-cities' = 'partnerships',
) =>
  ctx.rest.post(`/${collection}?draft=true&locale=pl`, {}, editor).then(({ status, body }) => {
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  })

/** The partner cities the admin's list view shows: every draft its base filter lets through. */
const adminListIds = async () => {
  const config = ctx.payload.collections.partnerships.config
  const where = (await config.admin.baseFilter?.({ limit: 10, page: 1, sort: '', req: {} as never })) ?? undefined
  const { docs } = await ctx.payload.find({
    collection: 'partnerships',
    draft: true,
    where,
    pagination: false,
    locale: 'pl',
  })
  return docs.map((doc) => doc.id)
}

describe('a draft nobody wrote in', () => {
  it('is marked untouched when created empty, and the admin’s lists leave it out', async () => {
    const blank = await openCreateView()
    expect(blank.untouched).toBe(true)
    expect(await adminListIds()).not.toContain(blank.id)
  })

  it('is not in the translation dashboard’s work', async () => {
    const blank = await openCreateView('history-articles')
    const { status, body } = await ctx.rest.get('/translation-status?locale=de', editor)
    expect(status).toBe(200)
    expect(body.map((item: any) => item.id)).not.toContain(blank.id)
    expect(body.some((item: any) => item.collection === 'history-articles')).toBe(false)
  })

  it('is touched by its first save, autosave included, and then listed', async () => {
    const blank = await openCreateView()
    const { status, body } = await ctx.rest.patch(
      `/partnerships/${blank.id}?draft=true&autosave=true&locale=pl`,
      { name: 'Pierwsze słowo' },
      editor,
    )
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.doc.untouched).toBe(false)
    expect(await adminListIds()).toContain(blank.id)
  })

  it('cannot be forged: a client’s untouched is ignored on create and update', async () => {
    const created = await ctx.rest.post(
      '/partnerships?draft=true&locale=pl',
      { name: 'Ukryj mnie', untouched: true },
      editor,
    )
    expect(created.body.doc.untouched).toBe(false)
    const updated = await ctx.rest.patch(
      `/partnerships/${created.body.doc.id}?draft=true&locale=pl`,
      { untouched: true },
      editor,
    )
    expect(updated.body.doc.untouched).toBe(false)
    const published = await ctx.rest.post('/partnerships?locale=pl', { _status: 'published' }, editor)
    expect(published.status).toBe(400)
  })

  it('a malformed create is refused as it would be without the mark, never reshaped into a document', async () => {
    const before = (await ctx.payload.count({ collection: 'partnerships', draft: true } as never)).totalDocs
    for (const data of ['abc', ['a'], 7]) {
      await expect(
        ctx.payload.create({ collection: 'partnerships', data: data as never, draft: true, locale: 'pl' }),
      ).rejects.toThrow()
    }
    expect((await ctx.payload.count({ collection: 'partnerships', draft: true } as never)).totalDocs).toBe(before)
  })

  it('is removed a day after it was left, when the next one is created; younger and written ones stay', async () => {
    const old = await openCreateView()
    const young = await openCreateView()
    const written = await draftPartnership(ctx.payload)
    const dayAgo = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000).toISOString()
    for (const id of [old.id, written.id]) {
      await ctx.payload.db.updateOne({ collection: 'partnerships', id, data: { createdAt: dayAgo } })
    }
    await openCreateView()
    const ids = (
      await ctx.payload.find({ collection: 'partnerships', draft: true, pagination: false, locale: 'pl' })
    ).docs.map((doc) => doc.id)
    expect(ids).not.toContain(old.id)
    expect(ids).toContain(young.id)
    expect(ids).toContain(written.id)
  })
})

describe('the migration’s removal of the empty drafts left by failed create views', () => {
  it('removes only never-published documents with no text in any language and no second version', async () => {
    const collection = 'friendly-cities' as const
    const create = (data: Record<string, unknown>, locale = 'pl') =>
      ctx.payload.create({ collection, data: data as never, draft: true, locale: locale as 'pl' })
    // As left before the mark existed: empty, with the defaults Payload fills in.
    const blank = await create({})
    const blankToo = await create({ relationType: 'letter-of-intent' })
    const germanOnly = await create({ name: 'Nur Deutsch' }, 'de')
    const withDate = await create({ documentDate: '2001-01-01T12:00:00.000Z' })
    const edited = await create({})
    await ctx.payload.update({ collection, id: edited.id, data: { name: 'X' } as never, draft: true, locale: 'pl' })
    await ctx.payload.update({ collection, id: edited.id, data: { name: '' } as never, draft: true, locale: 'pl' })
    const published = await ctx.payload.create({
      collection,
      locale: 'pl',
      data: {
        name: 'Opublikowane',
        country: 'FR',
        location: { latitude: 45, longitude: 5 },
        _status: 'published',
      } as never,
    })
    const removed = await removeBlankDrafts(ctx.payload)
    expect(removed[collection]).toBe(2)
    const left = (await ctx.payload.find({ collection, draft: true, pagination: false, locale: 'pl' })).docs.map(
      (doc) => doc.id,
    )
    expect(left).not.toContain(blank.id)
    expect(left).not.toContain(blankToo.id)
    for (const kept of [germanOnly, withDate, edited, published]) expect(left).toContain(kept.id)
    // Their versions go with them.
    const versions = await ctx.payload.countVersions({ collection, where: { parent: { in: [blank.id, blankToo.id] } } })
    expect(versions.totalDocs).toBe(0)
  })
})

describe('relationship pickers', () => {
  it('offer no untouched draft, and still accept every written document', async () => {
    const blank = await openCreateView()
    const written = await draftPartnership(ctx.payload)
    const field = ctx.payload.collections['history-articles'].config.fields.find(
      (f) => 'name' in f && f.name === 'relatedPartnerships',
    ) as any
    expect(field.filterOptions({ relationTo: 'partnerships' })).toEqual({ untouched: { not_equals: true } })
    const offered = (
      await ctx.payload.find({
        collection: 'partnerships',
        draft: true,
        where: field.filterOptions({ relationTo: 'partnerships' }),
        pagination: false,
        locale: 'pl',
      })
    ).docs.map((doc) => doc.id)
    expect(offered).not.toContain(blank.id)
    expect(offered).toContain(written.id)
    const article = await ctx.rest.post(
      '/history-articles?draft=true&locale=pl',
      { title: 'Z powiązaniem', relatedPartnerships: [written.id] },
      editor,
    )
    expect(article.status, JSON.stringify(article.body)).toBe(201)
  })
})
