import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'
import { account } from './helpers/users'

/**
 * Publication state changes only when a request asks for it. Whatever drafts exist in other
 * languages, a write that names no `_status` never takes a document off the site or publishes
 * someone else's draft; readers (anonymous REST, which the pages and open data read the same way)
 * see exactly what was published.
 */

let ctx: TestContext
const tokens: Record<'editor' | 'translator', string> = { editor: '', translator: '' }
let id: number | string

const readers = async () => {
  const read = async (locale: string) => {
    const { status, body } = await ctx.rest.get(`/partnerships/${id}?locale=${locale}&depth=0`)
    return status === 200 ? body.summary : status
  }
  return { pl: await read('pl'), de: await read('de') }
}
const latestDraft = async (locale: string) =>
  (await ctx.rest.get(`/partnerships/${id}?locale=${locale}&draft=true&depth=0`, tokens.editor)).body.summary
const patch = async (query: string, body: object, who: keyof typeof tokens = 'editor') => {
  const response = await ctx.rest.patch(`/partnerships/${id}?${query}`, body, tokens[who])
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

beforeAll(async () => {
  ctx = await startPayload()
  tokens.editor = (await account(ctx, 'editor')).token
  tokens.translator = (await account(ctx, 'translator', ['de'])).token
})
afterAll(() => ctx?.stop())

beforeEach(async () => {
  const created = await ctx.rest.post(
    '/partnerships?locale=pl',
    {
      name: `Miasto ${Date.now()}`,
      agreementDate: '2000-01-01T12:00:00.000Z',
      status: 'active',
      country: 'DE',
      location: { latitude: 50, longitude: 10 },
      summary: 'PL opublikowany',
      _status: 'published',
    },
    tokens.editor,
  )
  id = created.body.doc.id
  await patch('locale=de', { name: `Stadt ${Date.now()}`, summary: 'DE opublikowany', _status: 'published' })
  expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
})

describe('a write that names no _status', () => {
  it("after a translator's German draft, an editor's Polish update keeps the city published and the draft a draft", async () => {
    await patch('locale=de', { summary: 'DE szkic' }, 'translator')
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
    await patch('locale=pl', { summary: 'PL poprawiony' })
    expect(await readers()).toEqual({ pl: 'PL poprawiony', de: 'DE opublikowany' })
    expect(await latestDraft('de')).toBe('DE szkic')
    expect(await latestDraft('pl')).toBe('PL poprawiony')
  })

  it("after an editor's own Polish draft, an update of another field publishes neither the draft nor goes off the site", async () => {
    await patch('locale=pl&draft=true', { summary: 'PL szkic' })
    await patch('locale=de', { summary: 'DE poprawiony' })
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE poprawiony' })
    expect(await latestDraft('pl')).toBe('PL szkic')
  })

  it('keeps an unpublished document unpublished', async () => {
    await patch('locale=pl', { _status: 'draft' })
    expect(await readers()).toEqual({ pl: 404, de: 404 })
    await patch('locale=pl', { summary: 'PL nowy' })
    expect(await readers()).toEqual({ pl: 404, de: 404 })
  })

  it('an update of several documents at once must say whether it publishes', async () => {
    await patch('locale=de', { summary: 'DE szkic' }, 'translator')
    const where = `where[id][equals]=${id}`
    const response = await ctx.rest.patch(`/partnerships?locale=pl&${where}`, { summary: 'PL' }, tokens.editor)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('_status')
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
  })
})

describe('what still changes publication, because it was asked', () => {
  it('autosave and draft saves never reach readers', async () => {
    await patch('locale=pl&draft=true&autosave=true', { summary: 'PL autozapis' })
    await patch('locale=pl&draft=true', { summary: 'PL szkic' })
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
  })

  it("a single-language publish publishes that language only, and a translator's German publish German only", async () => {
    await patch('locale=de', { summary: 'DE szkic' }, 'translator')
    await patch('locale=pl&draft=true', { summary: 'PL szkic' })
    await patch('locale=pl&publishSpecificLocale=pl', { summary: 'PL szkic', _status: 'published' })
    expect(await readers()).toEqual({ pl: 'PL szkic', de: 'DE opublikowany' })
    await patch('locale=de&publishSpecificLocale=de', { summary: 'DE szkic', _status: 'published' }, 'translator')
    expect(await readers()).toEqual({ pl: 'PL szkic', de: 'DE szkic' })
  })

  it('_status: draft unpublishes and _status: published publishes every language', async () => {
    await patch('locale=de', { summary: 'DE szkic' }, 'translator')
    await patch('locale=pl', { _status: 'draft' })
    expect(await readers()).toEqual({ pl: 404, de: 404 })
    await patch('locale=pl', { _status: 'published' })
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE szkic' })
  })

  it('a scheduled publication publishes at its time', async () => {
    await patch('locale=pl&draft=true', { summary: 'PL zaplanowany' })
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'partnerships', value: id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await ctx.payload.jobs.run()
    expect(await readers()).toEqual({ pl: 'PL zaplanowany', de: 'DE opublikowany' })
  })
})

describe('restoring a version', () => {
  const versions = async () =>
    (await ctx.rest.get(`/partnerships/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`, tokens.editor))
      .body.docs as { id: number | string; version: { _status: string; summary?: string } }[]

  it('a draft version restored onto a published document becomes the latest draft, readers keep the published text', async () => {
    await patch('locale=pl&draft=true', { summary: 'PL szkic' })
    await patch('locale=pl&draft=true', { summary: 'PL szkic 2' })
    const draft = (await versions()).find((v) => v.version._status === 'draft' && v.version.summary === 'PL szkic')!
    const restored = await ctx.rest.post(`/partnerships/versions/${draft.id}?locale=pl`, {}, tokens.editor)
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
    expect(await latestDraft('pl')).toBe('PL szkic')
  })

  it('through the Local API (no endpoint to decide), such a restore is refused with the reason', async () => {
    await patch('locale=pl&draft=true', { summary: 'PL szkic' })
    const draft = (await versions()).find((v) => v.version._status === 'draft')!
    await expect(
      ctx.payload.restoreVersion({ collection: 'partnerships', id: draft.id as never, locale: 'pl' } as never),
    ).rejects.toMatchObject({ status: 400 })
    expect(await readers()).toEqual({ pl: 'PL opublikowany', de: 'DE opublikowany' })
  })

  it('a published version restored onto a published document is what readers get', async () => {
    await patch('locale=pl', { summary: 'PL drugi' })
    const first = (await versions()).find(
      (v) => v.version.summary === 'PL opublikowany' && v.version._status === 'published',
    )!
    const restored = await ctx.rest.post(`/partnerships/versions/${first.id}?locale=pl`, {}, tokens.editor)
    expect(restored.status).toBe(200)
    expect((await readers()).pl).toBe('PL opublikowany')
  })
})
