import fs from 'node:fs'

import type { CollectionSlug, GlobalSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import type { RestResponse } from './helpers/rest'

let ctx: TestContext
let admin: any
let adminToken: string

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  const { docs } = await ctx.payload.find({
    collection: 'users',
    where: { email: { equals: process.env.ADMIN_EMAIL } },
  })
  admin = docs[0]
  adminToken = await ctx.rest.login()
  const data = await png()
  await ctx.payload.create({
    collection: 'media',
    data: { alt: 'Obrazek testowy' },
    file: { data, mimetype: 'image/png', name: 'test.png', size: data.length },
  })
})
afterAll(() => ctx?.stop())

const refused = [401, 403]
const PUBLISHED = 'PUBLISHED TEXT'
const DRAFT = 'DRAFT TEXT'
type Params = Record<string, string | number | boolean>
/** Every read is tried as the public site makes it and with `draft=true`, which anyone can add. */
const withAndWithoutDraft: Params[] = [{}, { draft: true }]
const query = (params: Params) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')

/**
 * The versioned content collections: how to make a valid document, the unique field a page looks
 * it up by, and a localized text field an editor changes in a draft.
 */
const content = [
  {
    collection: 'partnerships',
    key: 'slug',
    text: 'summary',
    data: (tag: string) => ({
      name: `Miasto ${tag}`,
      slug: tag,
      country: 'DE',
      agreementDate: '2001-01-01T12:00:00.000Z',
      location: { latitude: 50, longitude: 10 },
    }),
  },
  {
    collection: 'friendly-cities',
    key: 'slug',
    text: 'summary',
    data: (tag: string) => ({
      name: `Miasto ${tag}`,
      slug: tag,
      country: 'IT',
      location: { latitude: 45, longitude: 12 },
    }),
  },
  { collection: 'commitments', key: 'title', text: 'description', data: (tag: string) => ({ title: tag, order: 90 }) },
  {
    collection: 'history-articles',
    key: 'slug',
    text: 'excerpt',
    data: (tag: string) => ({ title: `Artykuł ${tag}`, slug: tag }),
  },
] as const

describe.each(content)('drafts of $collection', ({ collection, key, text, data }) => {
  const draftTag = `draft-only-${collection}`
  const publishedTag = `published-${collection}`
  let draftOnly: any
  let published: any
  const byId = (id: string | number, params: Params = {}) =>
    `/${collection}/${id}?${query({ locale: 'pl', ...params })}`
  const list = (params: Params = {}) => `/${collection}?${query({ locale: 'pl', limit: 100, ...params })}`

  beforeAll(async () => {
    const asAdmin = { collection, locale: 'pl', user: admin, overrideAccess: false } as const
    draftOnly = await ctx.payload.create({
      ...asAdmin,
      draft: true,
      data: { ...data(draftTag), [text]: DRAFT, _status: 'draft' },
    } as never)
    published = await ctx.payload.create({
      ...asAdmin,
      data: { ...data(publishedTag), [text]: PUBLISHED, _status: 'published' },
    } as never)
    await ctx.payload.update({
      ...asAdmin,
      id: published.id,
      draft: true,
      data: { [text]: DRAFT, _status: 'draft' },
    } as never)
  })

  describe('a draft-only document is invisible to anonymous readers', () => {
    it.each(withAndWithoutDraft)('in the list %o', async (params) => {
      const { status, body } = await ctx.rest.get(list(params))
      expect(status).toBe(200)
      expect(body.docs.map((doc: any) => doc.id)).not.toContain(draftOnly.id)
      expect(JSON.stringify(body)).not.toContain(draftTag)
    })

    it.each(withAndWithoutDraft)('by id %o (404 or 403, never the document)', async (params) => {
      const { status, body } = await ctx.rest.get(byId(draftOnly.id, params))
      expect([403, 404]).toContain(status)
      expect(JSON.stringify(body)).not.toContain(draftTag)
    })

    it.each(withAndWithoutDraft)(`in a where[${key}][equals] query %o`, async (params) => {
      const { status, body } = await ctx.rest.get(list({ [`where[${key}][equals]`]: draftTag, ...params }))
      expect(status).toBe(200)
      expect(body.totalDocs).toBe(0)
    })
  })

  describe('a published document with a newer draft', () => {
    it.each(withAndWithoutDraft)('shows anonymous readers the published text by id %o', async (params) => {
      const { status, body } = await ctx.rest.get(byId(published.id, params))
      expect(status).toBe(200)
      expect(body[text]).toBe(PUBLISHED)
    })

    // An editor saving a draft must not take a published page off the public lists, whatever
    // flags the reader adds: anonymous `draft=true` should read exactly like a plain read.
    it.each(withAndWithoutDraft)('stays listed with the published text for anonymous readers %o', async (params) => {
      const { body } = await ctx.rest.get(list(params))
      const doc = body.docs.find((d: any) => d.id === published.id)
      expect(doc?.[text], 'the published document is missing from the anonymous list').toBe(PUBLISHED)
    })

    it.each(withAndWithoutDraft)('cannot be found anonymously by its draft text %o', async (params) => {
      const { body } = await ctx.rest.get(list({ [`where[${text}][equals]`]: DRAFT, ...params }))
      expect(body.totalDocs).toBe(0)
    })

    it.each<[Params, string]>([
      [{ draft: true }, DRAFT],
      [{}, PUBLISHED],
    ])('shows the logged-in admin, with %o, its %s', async (params, expected) => {
      const { status, body } = await ctx.rest.request('GET', byId(published.id, params), { token: adminToken })
      expect(status).toBe(200)
      expect(body[text]).toBe(expected)
    })
  })
})

// ─── Anonymous writes ────────────────────────────────────────────────────────────────────────────

type Fixture = {
  create: () => Record<string, unknown>
  patch: Record<string, unknown>
  target: () => Promise<string | number>
}

const firstId = (collection: CollectionSlug) => async () =>
  (await ctx.payload.find({ collection, limit: 1, overrideAccess: true, depth: 0 })).docs[0]!.id

/** A valid document for every collection, so that a refusal can only come from access control. */
const collections: Record<string, Fixture> = {
  partnerships: {
    create: () => ({ ...content[0].data('intruz'), _status: 'published' }),
    patch: { name: 'HACKED' },
    target: firstId('partnerships'),
  },
  'friendly-cities': {
    create: () => ({ ...content[1].data('intruz'), _status: 'published' }),
    patch: { name: 'HACKED' },
    target: firstId('friendly-cities'),
  },
  commitments: {
    create: () => ({ title: 'HACKED', order: 99, _status: 'published' }),
    patch: { title: 'HACKED' },
    target: firstId('commitments'),
  },
  'history-articles': {
    create: () => ({ title: 'HACKED', _status: 'published' }),
    patch: { title: 'HACKED' },
    target: firstId('history-articles'),
  },
  media: { create: () => ({ alt: 'HACKED' }), patch: { alt: 'HACKED' }, target: firstId('media') },
  users: {
    create: () => ({ email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] }),
    patch: { email: 'intruder@example.com', password: 'intruder-password' },
    target: async () => admin.id,
  },
}

/** Everything a write could change: every document in every locale, drafts, versions, stored files. */
async function snapshot(collection: CollectionSlug) {
  const config = ctx.payload.collections[collection].config
  const { docs } = await ctx.payload.find({
    collection,
    locale: 'all',
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  } as never)
  return {
    docs,
    versions: config.versions ? (await ctx.payload.countVersions({ collection } as never)).totalDocs : null,
    files: config.upload ? fs.readdirSync(process.env.MEDIA_DIR!).sort() : null,
  }
}

/** An anonymous multipart upload, the way the admin UI sends files. */
async function upload(path: string, method: string, fields: Record<string, unknown>): Promise<RestResponse> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'intruz.png')
  form.append('_payload', JSON.stringify(fields))
  return ctx.rest.request(method, path, { form })
}

const writes = [
  { name: 'POST', method: 'POST', path: (c: string) => `/${c}`, body: (f: Fixture) => f.create() },
  {
    name: 'PATCH by id',
    method: 'PATCH',
    path: (c: string, id: unknown) => `/${c}/${id}`,
    body: (f: Fixture) => f.patch,
  },
  {
    name: 'PATCH by where',
    method: 'PATCH',
    path: (c: string, id: unknown) => `/${c}?where[id][equals]=${id}`,
    body: (f: Fixture) => f.patch,
  },
  { name: 'DELETE by id', method: 'DELETE', path: (c: string, id: unknown) => `/${c}/${id}`, body: () => undefined },
  {
    name: 'DELETE by where',
    method: 'DELETE',
    path: (c: string, id: unknown) => `/${c}?where[id][equals]=${id}`,
    body: () => undefined,
  },
] as const

describe.each(Object.keys(collections))('anonymous writes to %s', (collection) => {
  const fixture = collections[collection]!
  it.each(writes)('$name is refused and changes nothing', async ({ method, path, body }) => {
    const url = path(collection, await fixture.target())
    const before = await snapshot(collection as CollectionSlug)
    const response =
      collection === 'media' && method !== 'DELETE'
        ? await upload(url, method, body(fixture) as Record<string, unknown>)
        : await ctx.rest.request(method, url, { body: body(fixture) })
    expect(refused, JSON.stringify(response.body)).toContain(response.status)
    expect(await snapshot(collection as CollectionSlug)).toEqual(before)
  })
})

const globals: { slug: GlobalSlug; body: Record<string, unknown> }[] = [
  { slug: 'site-settings', body: { officeName: 'HACKED', email: 'intruder@example.com' } },
  {
    slug: 'accessibility-statement',
    body: { preparedOn: '2020-01-01T12:00:00.000Z', reviewedOn: '2020-01-01T12:00:00.000Z' },
  },
]

describe.each(globals)('anonymous writes to the $slug global', ({ slug, body }) => {
  const state = async () => ({
    doc: await ctx.payload.findGlobal({ slug, locale: 'all', draft: true, overrideAccess: true } as never),
    versions: ctx.payload.globals.config.find((g) => g.slug === slug)?.versions
      ? (await ctx.payload.countGlobalVersions({ global: slug } as never)).totalDocs
      : null,
  })

  it('POST is refused and changes nothing', async () => {
    const before = await state()
    const response = await ctx.rest.post(`/globals/${slug}?locale=pl`, body)
    expect(refused, JSON.stringify(response.body)).toContain(response.status)
    expect(await state()).toEqual(before)
  })
})

describe('reading users', () => {
  it.each(['/users', '/users?limit=100', '/users?where[email][exists]=true'])(
    'anonymous GET %s is refused',
    async (path) => {
      const { status, body } = await ctx.rest.get(path)
      expect(refused).toContain(status)
      expect(JSON.stringify(body)).not.toContain(process.env.ADMIN_EMAIL)
    },
  )

  it('anonymous GET of the admin by id is refused', async () => {
    const { status, body } = await ctx.rest.get(`/users/${admin.id}`)
    expect(refused).toContain(status)
    expect(JSON.stringify(body)).not.toContain(process.env.ADMIN_EMAIL)
  })
})

describe('the logged-in admin (positive control)', () => {
  it('can create a commitment', async () => {
    const before = await ctx.payload.count({ collection: 'commitments', overrideAccess: true })
    const { status, body } = await ctx.rest.request('POST', '/commitments?locale=pl', {
      body: { title: 'Zobowiązanie redakcji', order: 42, _status: 'published' },
      token: adminToken,
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ title: 'Zobowiązanie redakcji', order: 42 })
    expect((await ctx.payload.count({ collection: 'commitments', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs + 1,
    )
  })
})

// ─── GraphQL ─────────────────────────────────────────────────────────────────────────────────────

const graphql = (query: string, token?: string) => ctx.rest.graphql(query, token)

describe('GraphQL', () => {
  it('answers anonymous queries', async () => {
    const { status, body } = await graphql('{ Partnerships(locale: pl, limit: 100) { totalDocs } }')
    expect(status).toBe(200)
    expect(body.data.Partnerships.totalDocs).toBeGreaterThanOrEqual(10)
  })

  it.each(['', ', draft: true'])(
    'lists published partnerships, and no draft-only one, to anonymous readers (args%s)',
    async (extra) => {
      const { body } = await graphql(`{ Partnerships(locale: pl, limit: 100${extra}) { docs { slug } } }`)
      const slugs = body.data.Partnerships.docs.map((doc: any) => doc.slug)
      expect(slugs).toContain('published-partnerships')
      expect(slugs).not.toContain('draft-only-partnerships')
    },
  )

  it('shows the admin the draft-only partnership with draft: true (positive control)', async () => {
    const { body } = await graphql(
      '{ Partnerships(locale: pl, limit: 100, draft: true) { docs { slug } } }',
      adminToken,
    )
    expect(body.data.Partnerships.docs.map((doc: any) => doc.slug)).toContain('draft-only-partnerships')
  })

  const mutations = [
    {
      name: 'createCommitment',
      collection: 'commitments',
      text: () => 'mutation { createCommitment(data: { title: "HACKED", order: 99 }) { id } }',
    },
    {
      name: 'updatePartnership',
      collection: 'partnerships',
      text: async () =>
        `mutation { updatePartnership(id: ${JSON.stringify(await firstId('partnerships')())}, data: { name: "HACKED" }) { id } }`,
    },
    {
      name: 'deletePartnership',
      collection: 'partnerships',
      text: async () => `mutation { deletePartnership(id: ${JSON.stringify(await firstId('partnerships')())}) { id } }`,
    },
  ] as const

  it.each(mutations)('refuses the anonymous mutation $name and changes nothing', async ({ name, collection, text }) => {
    const before = await snapshot(collection)
    const { body } = await graphql(await text())
    expect(body.data?.[name] ?? null).toBeNull()
    expect(body.errors?.[0]?.extensions?.statusCode, JSON.stringify(body)).toBe(403)
    expect(await snapshot(collection)).toEqual(before)
  })
})
