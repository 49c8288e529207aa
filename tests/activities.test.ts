import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stateField, translationLocales } from '@/plugins/translationWorkflow/status'
import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { errorPaths } from './helpers/rest'
import { schedule, sleep } from './helpers/schedule'
import { account } from './helpers/users'

/**
 * Cooperation activities (issue 16): validation through REST as an editor, roles, drafts never
 * public, the translation workflow and scheduled publishing, as for the other content.
 */

let ctx: TestContext
const tokens: Record<string, string | undefined> = {}
const users: Record<string, any> = {}
let city: { relationTo: 'partnerships'; value: unknown }
let area: unknown
let counter = 0
let seeded: number

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  seeded = (await ctx.payload.count({ collection: 'activities' })).totalDocs
  ;({ user: users.editor, token: tokens.editor } = await account(ctx, 'editor'))
  ;({ user: users.translator, token: tokens.translator } = await account(ctx, 'translator', ['de']))
  const partnership = (await ctx.payload.find({ collection: 'partnerships', locale: 'pl', limit: 1 })).docs[0]
  city = { relationTo: 'partnerships', value: partnership.id }
  area = (await ctx.payload.find({ collection: 'commitments', locale: 'pl', limit: 1 })).docs[0].id
})
afterAll(() => ctx?.stop())

const call = (role: string, method: string, path: string, body?: unknown) =>
  ctx.rest.request(method, path, { body, token: tokens[role] })

/** A valid Polish activity body; `extra` overrides its fields. */
const valid = (extra: Record<string, unknown> = {}) => ({
  title: `Wizyta ${++counter}`,
  slug: `wizyta-${counter}-${Date.now()}`,
  date: '2019-05-10T12:00:00.000Z',
  kind: 'official-visit',
  cities: [city],
  areas: [area],
  summary: 'Delegacja odwiedziła miasto partnerskie.',
  sources: [{ url: 'https://example.com/wizyta', title: 'Komunikat' }],
  _status: 'published',
  ...extra,
})

const stored = async () => (await ctx.payload.count({ collection: 'activities' })).totalDocs

/** The id a document had before it was deleted: a reference to something that no longer exists. */
async function missingId(collection: 'partnerships' | 'commitments'): Promise<unknown> {
  const data =
    collection === 'commitments'
      ? { title: 'Usunięte', order: 99 }
      : {
          name: 'Usunięte',
          slug: `usuniete-${Date.now()}`,
          country: 'DE',
          agreementDate: '2001-01-01T12:00:00.000Z',
          location: { latitude: 50, longitude: 10 },
        }
  const doc = await ctx.payload.create({ collection, locale: 'pl', data: data as never })
  await ctx.payload.delete({ collection, id: doc.id })
  return doc.id
}

async function create(role: string, extra: Record<string, unknown> = {}) {
  return call(role, 'POST', '/activities?locale=pl', valid(extra))
}

describe('validation through REST as an editor', () => {
  it('stores a valid activity', async () => {
    const before = await stored()
    const { status, body } = await create('editor')
    expect(status, JSON.stringify(body)).toBe(201)
    expect(await stored()).toBe(before + 1)
  })

  const tomorrow = () => new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString()
  const cases: [string, () => Promise<Record<string, unknown>>, string][] = [
    ['a date in the future', async () => ({ date: tomorrow() }), 'date'],
    ['an end date in the future', async () => ({ endDate: tomorrow() }), 'endDate'],
    ['an end date before the start', async () => ({ endDate: '2019-05-09T12:00:00.000Z' }), 'endDate'],
    ['an unknown area', async () => ({ areas: [await missingId('commitments')] }), 'areas'],
    [
      'an unknown city',
      async () => ({ cities: [{ relationTo: 'partnerships', value: await missingId('partnerships') }] }),
      'cities',
    ],
    ['no city at all', async () => ({ cities: [] }), 'cities'],
    ['no cities field', async () => ({ cities: undefined }), 'cities'],
    ['a bad kind', async () => ({ kind: 'picnic' }), 'kind'],
    ['a bad source URL', async () => ({ sources: [{ url: 'javascript:alert(1)' }] }), 'sources.0.url'],
    ['a source without a URL', async () => ({ sources: [{ title: 'Bez adresu' }] }), 'sources.0.url'],
  ]
  it.each(cases)('%s → 400 naming the field, nothing stored', async (_, extra, path) => {
    const before = await stored()
    const { status, body } = await create('editor', await extra())
    expect(status, JSON.stringify(body)).toBe(400)
    expect(errorPaths(body)).toContain(path)
    expect(await stored()).toBe(before)
  })

  it('refuses an end date moved before the start on update (400, unchanged)', async () => {
    const { body } = await create('editor', { endDate: '2019-05-12T12:00:00.000Z' })
    const id = body.doc.id
    const res = await call('editor', 'PATCH', `/activities/${id}?locale=pl`, { date: '2019-05-20T12:00:00.000Z' })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(errorPaths(res.body)).toContain('endDate')
    const doc = await ctx.payload.findByID({ collection: 'activities', id, locale: 'pl', draft: true })
    expect(doc.date).toBe('2019-05-10T12:00:00.000Z')
  })
})

describe('roles', () => {
  it('anonymous cannot create, update, delete or read drafts', async () => {
    expect((await create('anonymous')).status).toBe(403)
    const { body } = await create('editor', { _status: 'draft' })
    const id = body.doc.id
    const read = await call('anonymous', 'GET', `/activities/${id}?locale=pl&draft=true`)
    expect(read.status).toBe(404)
    expect((await call('anonymous', 'PATCH', `/activities/${id}?locale=pl`, { title: 'X' })).status).toBe(403)
    expect((await call('anonymous', 'DELETE', `/activities/${id}`)).status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'activities', id, locale: 'pl', draft: true })).title).not.toBe(
      'X',
    )
  })

  it('an editor creates, updates and deletes', async () => {
    const { status, body } = await create('editor')
    expect(status).toBe(201)
    const id = body.doc.id
    const update = await call('editor', 'PATCH', `/activities/${id}?locale=pl`, { kind: 'project' })
    expect(update.status, JSON.stringify(update.body)).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'activities', id, locale: 'pl' })).kind).toBe('project')
    expect((await call('editor', 'DELETE', `/activities/${id}`)).status).toBe(200)
    expect((await ctx.payload.count({ collection: 'activities', where: { id: { equals: id } } })).totalDocs).toBe(0)
  })

  it('a translator translates into their language as a draft, and nothing else', async () => {
    expect((await create('translator')).status).toBe(403)
    const { body } = await create('editor')
    const id = body.doc.id
    const german = await call('translator', 'PATCH', `/activities/${id}?locale=de&draft=true`, {
      title: 'Offizieller Besuch',
    })
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    const draft = await ctx.payload.findByID({ collection: 'activities', id, locale: 'de', draft: true })
    expect(draft.title).toBe('Offizieller Besuch')
    const published = await ctx.payload.findByID({ collection: 'activities', id, locale: 'de', fallbackLocale: false })
    expect(published.title, 'the public copy waits for a publish').not.toBe('Offizieller Besuch')
    for (const [locale, data, field] of [
      ['fr', { title: 'Visite' }, 'title'],
      ['pl', { title: 'Zmiana' }, 'title'],
      ['de', { kind: 'other' }, 'kind'],
      ['de', { date: '2018-01-01T12:00:00.000Z' }, 'date'],
    ] as const) {
      const res = await call('translator', 'PATCH', `/activities/${id}?locale=${locale}&draft=true`, data)
      expect(res.status, `${locale} ${field}: ${JSON.stringify(res.body)}`).toBe(403)
    }
    const after = await ctx.payload.findByID({ collection: 'activities', id, locale: 'pl', draft: true })
    expect([after.title, after.kind, after.date]).toEqual([body.doc.title, 'official-visit', body.doc.date])
    expect((await call('translator', 'DELETE', `/activities/${id}`)).status).toBe(403)
  })
})

describe('drafts are never public', () => {
  const graphql = (slug: string, draft: boolean) =>
    ctx.rest.graphql(
      `{ Activities(locale: pl, draft: ${draft}, where: { slug: { equals: "${slug}" } }) { docs { title } } }`,
    )

  it('a draft is invisible through REST and GraphQL anonymously; a published one is visible', async () => {
    const { body: draft } = await create('editor', { _status: 'draft' })
    const { body: published } = await create('editor')
    for (const [doc, visible] of [
      [draft.doc, false],
      [published.doc, true],
    ] as const) {
      for (const query of ['', '&draft=true']) {
        const res = await ctx.rest.get(`/activities/${doc.id}?locale=pl${query}`)
        expect(res.status, `${doc.slug}${query}`).toBe(visible ? 200 : 404)
        const list = await ctx.rest.get(`/activities?locale=pl&where[slug][equals]=${doc.slug}${query}`)
        expect(list.body.docs.map((d: any) => d.title)).toEqual(visible ? [doc.title] : [])
      }
      for (const draftFlag of [false, true]) {
        const res = await graphql(doc.slug, draftFlag)
        expect(res.body.data?.Activities?.docs ?? [], JSON.stringify(res.body)).toEqual(
          visible ? [{ title: doc.title }] : [],
        )
      }
    }
  })

  it('a published activity with a newer draft shows the published text anonymously', async () => {
    const { body } = await create('editor')
    await call('editor', 'PATCH', `/activities/${body.doc.id}?locale=pl&draft=true`, { title: 'Szkic tytułu' })
    const res = await ctx.rest.get(`/activities/${body.doc.id}?locale=pl&draft=true`)
    expect(res.body.title).toBe(body.doc.title)
  })
})

describe('translation workflow', () => {
  it('a Polish change marks the other languages outdated', async () => {
    // Without a source title, German is done once its title and summary are translated.
    const { body } = await create('editor', { sources: [] })
    const id = body.doc.id
    const german = await call('translator', 'PATCH', `/activities/${id}?locale=de&publishSpecificLocale=de`, {
      title: 'Besuch',
      summary: 'Zusammenfassung',
      _status: 'published',
    })
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    expect(german.body.doc.translation[stateField('de')]).toBe('done')
    const res = await call('editor', 'PATCH', `/activities/${id}?locale=pl&draft=true`, {
      summary: 'Nowe streszczenie',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.translation[stateField('de')]).toBe('outdated')
    for (const locale of translationLocales().filter((l) => l !== 'de'))
      expect(res.body.doc.translation[stateField(locale)]).toBe('missing')
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft activity when its time comes, not before', async () => {
    const { body } = await create('editor', { _status: 'draft' })
    const id = body.doc.id
    const input = { type: 'publish' as const, id, user: users.editor.id, collection: 'activities' }
    await schedule(ctx.payload, input, new Date(Date.now() + 1500))
    await ctx.payload.jobs.run()
    expect((await ctx.rest.get(`/activities/${id}?locale=pl`)).status).toBe(404)
    await sleep(1600)
    await ctx.payload.jobs.run()
    expect((await ctx.rest.get(`/activities/${id}?locale=pl`)).status).toBe(200)
  })
})

describe('seed', () => {
  it('creates no activities: the sources we hold record none', () => {
    expect(seeded).toBe(0)
  })
})
