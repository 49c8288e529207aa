import type { CollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { errorPaths } from './helpers/rest'
import { account, TEST_PASSWORD } from './helpers/users'

/**
 * The role matrix of the editorial workflow, through REST (and GraphQL for a sample): every role
 * against every collection and global, then a translator against every kind of field and language.
 */

let ctx: TestContext
type Role = 'admin' | 'editor' | 'translator' | 'anonymous'
const roles: Role[] = ['admin', 'editor', 'translator', 'anonymous']
const tokens: Partial<Record<Role, string>> = {}
const users: Partial<Record<Role | 'other', any>> = {}

const password = TEST_PASSWORD

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  for (const [role, translatorLocales] of [
    ['editor', []],
    ['translator', ['de']],
  ] as const) {
    ;({ user: users[role], token: tokens[role] } = await account(ctx, role, [...translatorLocales]))
  }
  users.other = await ctx.payload.create({
    collection: 'users',
    data: { email: 'other@example.com', password, roles: ['editor'] },
  })
  users.admin = (
    await ctx.payload.find({ collection: 'users', where: { email: { equals: process.env.ADMIN_EMAIL } } })
  ).docs[0]
  tokens.admin = await ctx.rest.login()
})
afterAll(() => ctx?.stop())

const call = (role: Role, method: string, path: string, body?: unknown) =>
  ctx.rest.request(method, path, { body, token: tokens[role] })

let counter = 0
const tag = () => `matrix-${++counter}`

type Content = 'partnerships' | 'friendly-cities' | 'commitments' | 'history-articles'
/** A valid Polish document per collection and the localized text field a translator translates. */
const content: Record<Content, { text: string; title: string; make: (tag: string) => Record<string, unknown> }> = {
  partnerships: {
    text: 'summary',
    title: 'name',
    make: (t) => ({
      name: `Miasto ${t}`,
      slug: t,
      country: 'DE',
      agreementDate: '2001-01-01T12:00:00.000Z',
      location: { latitude: 50, longitude: 10 },
    }),
  },
  'friendly-cities': {
    text: 'summary',
    title: 'name',
    make: (t) => ({ name: `Miasto ${t}`, slug: t, country: 'IT', location: { latitude: 45, longitude: 12 } }),
  },
  commitments: { text: 'description', title: 'title', make: (t) => ({ title: `Zobowiązanie ${t}`, order: 50 }) },
  'history-articles': { text: 'excerpt', title: 'title', make: (t) => ({ title: `Artykuł ${t}`, slug: t }) },
}

/** A published document with Polish text, made by the system, not by the role under test. */
async function published(collection: Content, extra: Record<string, unknown> = {}) {
  const { text, make } = content[collection]
  return ctx.payload.create({
    collection,
    locale: 'pl',
    data: { ...make(tag()), [text]: 'Tekst opublikowany', _status: 'published', ...extra } as never,
  }) as Promise<any>
}

const read = (collection: CollectionSlug, id: unknown, locale: string, draft: boolean) =>
  ctx.payload.findByID({
    collection,
    id: id as never,
    locale: locale as never,
    draft,
    fallbackLocale: false,
    depth: 0,
  } as never) as Promise<any>
const exists = async (collection: CollectionSlug, id: unknown) =>
  (await ctx.payload.count({ collection, where: { id: { equals: id } } } as never)).totalDocs === 1

type Operation = 'create' | 'read drafts' | 'update' | 'delete' | 'publish all languages' | 'publish own language'
/** Each operation returns whether it took effect, checked in the database, not from the response. */
const operations: Record<Operation, (role: Role, collection: Content) => Promise<{ status: number; done: boolean }>> = {
  create: async (role, collection) => {
    const t = tag()
    const body = { ...content[collection].make(t), _status: 'published' }
    const { status, body: response } = await call(role, 'POST', `/${collection}?locale=pl`, body)
    return { status, done: status === 201 && (await exists(collection, response.doc.id)) }
  },
  'read drafts': async (role, collection) => {
    const doc = await published(collection)
    const { text } = content[collection]
    await ctx.payload.update({ collection, id: doc.id, locale: 'pl', draft: true, data: { [text]: 'Szkic' } as never })
    const { status, body } = await call(role, 'GET', `/${collection}/${doc.id}?locale=pl&draft=true`)
    return { status, done: status === 200 && body[text] === 'Szkic' }
  },
  update: async (role, collection) => {
    const doc = await published(collection)
    const { text } = content[collection]
    const { status } = await call(role, 'PATCH', `/${collection}/${doc.id}?locale=de&draft=true`, {
      [text]: 'Übersetzung',
    })
    return { status, done: (await read(collection, doc.id, 'de', true))[text] === 'Übersetzung' }
  },
  delete: async (role, collection) => {
    const doc = await published(collection)
    const { status } = await call(role, 'DELETE', `/${collection}/${doc.id}`)
    return { status, done: !(await exists(collection, doc.id)) }
  },
  'publish all languages': async (role, collection) => {
    const doc = await published(collection)
    const { text } = content[collection]
    const { status } = await call(role, 'PATCH', `/${collection}/${doc.id}?locale=pl`, {
      [text]: 'Nowy tekst',
      _status: 'published',
    })
    return { status, done: (await read(collection, doc.id, 'pl', false))[text] === 'Nowy tekst' }
  },
  'publish own language': async (role, collection) => {
    const doc = await published(collection)
    const { text, title } = content[collection]
    // A language is published whole: its required fields (the name or title) need a translation too.
    const { status } = await call(role, 'PATCH', `/${collection}/${doc.id}?locale=de&publishSpecificLocale=de`, {
      [title]: 'Titel',
      [text]: 'Veröffentlicht',
      _status: 'published',
    })
    return { status, done: (await read(collection, doc.id, 'de', false))[text] === 'Veröffentlicht' }
  },
}

const all = (value: boolean) =>
  Object.fromEntries(Object.keys(operations).map((op) => [op, value])) as Record<Operation, boolean>
/** The matrix for content: the same for all four collections. */
const contentMatrix: Record<Role, Record<Operation, boolean>> = {
  admin: all(true),
  editor: all(true),
  translator: {
    create: false,
    'read drafts': true,
    update: true,
    delete: false,
    'publish all languages': false,
    'publish own language': true,
  },
  anonymous: all(false),
}

const contentCases = (Object.keys(content) as Content[]).flatMap((collection) =>
  roles.flatMap((role) =>
    (Object.keys(operations) as Operation[]).map((operation) => ({
      collection,
      role,
      operation,
      allowed: contentMatrix[role][operation],
    })),
  ),
)

describe('content collections: role × collection × operation', () => {
  it.each(contentCases)(
    '$role · $collection · $operation → $allowed',
    async ({ collection, role, operation, allowed }) => {
      const { status, done } = await operations[operation](role, collection)
      expect(done, `status ${status}`).toBe(allowed)
      if (!allowed && operation !== 'read drafts') expect([401, 403, 404]).toContain(status)
    },
  )
})

// ─── Media, users, globals ───────────────────────────────────────────────────────────────────────

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } })
    .png()
    .toBuffer()

async function someMedia() {
  const data = await png()
  return ctx.payload.create({
    collection: 'media',
    locale: 'pl',
    data: { alt: 'Zielony kwadrat', credit: 'Urząd' },
    file: { data, mimetype: 'image/png', name: `${tag()}.png`, size: data.length },
  }) as Promise<any>
}

const otherOperations: Record<string, Record<Role, boolean> & { run: (role: Role) => Promise<boolean> }> = {
  'media: upload': {
    admin: true,
    editor: true,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), `${tag()}.png`)
      form.append('_payload', JSON.stringify({ alt: 'Nowy obraz' }))
      const { status } = await ctx.rest.request('POST', '/media?locale=pl', { form, token: tokens[role] })
      return status === 201
    },
  },
  'media: translate alternative text': {
    admin: true,
    editor: true,
    translator: true,
    anonymous: false,
    run: async (role) => {
      const media = await someMedia()
      await call(role, 'PATCH', `/media/${media.id}?locale=de`, { alt: 'Grünes Quadrat' })
      return (await read('media', media.id, 'de', false)).alt === 'Grünes Quadrat'
    },
  },
  'media: change the credit': {
    admin: true,
    editor: true,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const media = await someMedia()
      await call(role, 'PATCH', `/media/${media.id}?locale=de`, { alt: 'Grünes Quadrat', credit: 'Ktoś inny' })
      return (await read('media', media.id, 'pl', false)).credit === 'Ktoś inny'
    },
  },
  'media: delete': {
    admin: true,
    editor: true,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const media = await someMedia()
      await call(role, 'DELETE', `/media/${media.id}`)
      return !(await exists('media', media.id))
    },
  },
  'users: create': {
    admin: true,
    editor: false,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const email = `${tag()}@example.com`
      await call(role, 'POST', '/users', { email, password, roles: ['editor'] })
      return (await ctx.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs === 1
    },
  },
  'users: list everyone': {
    admin: true,
    editor: false,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const { status, body } = await call(role, 'GET', '/users?limit=100')
      const emails = status === 200 ? body.docs.map((doc: any) => doc.email) : []
      return emails.includes(process.env.ADMIN_EMAIL) && emails.includes('translator@example.com')
    },
  },
  'users: read another user': {
    admin: true,
    editor: false,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const { status, body } = await call(role, 'GET', `/users/${users.other.id}`)
      return status === 200 && body.email === 'other@example.com'
    },
  },
  'users: update another user': {
    admin: true,
    editor: false,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const name = `Nowe imię ${tag()}`
      await call(role, 'PATCH', `/users/${users.other.id}`, { name })
      return (await ctx.payload.findByID({ collection: 'users', id: users.other.id })).name === name
    },
  },
  'users: delete another user': {
    admin: true,
    editor: false,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const victim = await ctx.payload.create({
        collection: 'users',
        data: { email: `${tag()}@example.com`, password, roles: ['editor'] },
      })
      await call(role, 'DELETE', `/users/${victim.id}`)
      return !(await exists('users', victim.id))
    },
  },
  'users: change own name': {
    admin: true,
    editor: true,
    translator: true,
    anonymous: false,
    run: async (role) => {
      if (role === 'anonymous')
        return (await call(role, 'PATCH', `/users/${users.editor.id}`, { name: 'x' })).status === 200
      const name = `Imię ${tag()}`
      await call(role, 'PATCH', `/users/${users[role].id}`, { name })
      return (await ctx.payload.findByID({ collection: 'users', id: users[role].id })).name === name
    },
  },
  'site settings: translate the office name': {
    admin: true,
    editor: true,
    translator: true,
    anonymous: false,
    run: async (role) => {
      const officeName = `Rathaus ${tag()}`
      await call(role, 'POST', '/globals/site-settings?locale=de', { officeName })
      return (
        ((await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'de', fallbackLocale: false } as never)) as any)
          .officeName === officeName
      )
    },
  },
  'site settings: change the e-mail': {
    admin: true,
    editor: true,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const email = `${tag()}@example.com`
      await call(role, 'POST', '/globals/site-settings?locale=de', { email })
      return (await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'pl' })).email === email
    },
  },
  'accessibility statement: change the review date': {
    admin: true,
    editor: true,
    translator: false,
    anonymous: false,
    run: async (role) => {
      const reviewedOn = new Date(Date.UTC(2024, 0, 1 + counter, 12)).toISOString()
      tag()
      await call(role, 'POST', '/globals/accessibility-statement?locale=de', { reviewedOn })
      return (await ctx.payload.findGlobal({ slug: 'accessibility-statement', locale: 'pl' })).reviewedOn === reviewedOn
    },
  },
}

const otherCases = Object.entries(otherOperations).flatMap(([operation, row]) =>
  roles.map((role) => ({ operation, role, allowed: row[role] })),
)

describe('media, users and globals: role × operation', () => {
  it.each(otherCases)('$role · $operation → $allowed', async ({ operation, role, allowed }) => {
    expect(await otherOperations[operation]!.run(role)).toBe(allowed)
  })
})

// ─── A translator: own or other language × localized or shared field ─────────────────────────────

/** Everything stored about a document: every language, the latest draft and the published copy. */
const snapshot = async (id: unknown) => ({
  draft: await ctx.payload.findByID({
    collection: 'partnerships',
    id: id as never,
    locale: 'all',
    draft: true,
    depth: 0,
  } as never),
  published: await ctx.payload.findByID({
    collection: 'partnerships',
    id: id as never,
    locale: 'all',
    depth: 0,
  } as never),
})

const fieldCases = [
  { locale: 'de', field: 'summary', value: 'Zusammenfassung', allowed: true },
  { locale: 'de', field: 'name', value: 'Stadt', allowed: true },
  { locale: 'de', field: 'content', value: null, allowed: true },
  { locale: 'de', field: 'agreementDate', value: '1990-01-01T12:00:00.000Z', allowed: false },
  { locale: 'de', field: 'location', value: { latitude: 1, longitude: 2 }, allowed: false },
  { locale: 'de', field: 'status', value: 'suspended', allowed: false },
  { locale: 'de', field: 'slug', value: 'przejety-adres', allowed: false },
  { locale: 'de', field: 'country', value: 'FR', allowed: false },
  { locale: 'de', field: 'website', value: 'https://example.com/', allowed: false },
  { locale: 'de', field: 'sources', value: [{ url: 'https://example.com/' }], allowed: false },
  { locale: 'fr', field: 'summary', value: 'Résumé', allowed: false },
  { locale: 'fr', field: 'agreementDate', value: '1990-01-01T12:00:00.000Z', allowed: false },
  { locale: 'pl', field: 'summary', value: 'Zmienione streszczenie', allowed: false },
  { locale: 'pl', field: 'status', value: 'ended', allowed: false },
]

describe('a translator into German: language × field', () => {
  it.each(fieldCases)('$locale · $field → $allowed', async ({ locale, field, value, allowed }) => {
    const doc = await published('partnerships', { summary: 'Polskie streszczenie' })
    const before = await snapshot(doc.id)
    const { status, body } = await call('translator', 'PATCH', `/partnerships/${doc.id}?locale=${locale}`, {
      [field]: value,
    })
    if (allowed) {
      expect(status, JSON.stringify(body)).toBe(200)
      const after = await snapshot(doc.id)
      expect((after.draft as any)[field].de).toEqual(value)
      // A translator's save is a draft: the public copy waits for a publish.
      expect(after.published).toEqual(before.published)
    } else {
      expect(status, JSON.stringify(body)).toBe(403)
      if (locale === 'de') expect(errorPaths(body)).toEqual([field])
      else expect(body.errors[0].message).toMatch(/de/)
      expect(await snapshot(doc.id)).toEqual(before)
    }
  })

  it('may send the whole document back, as the admin does, with only a translation changed', async () => {
    const doc = await published('partnerships', {
      statusHistory: [{ status: 'suspended', decidedOn: '2022-03-01T12:00:00.000Z', note: 'Zawieszona' }],
      sources: [{ field: 'date', url: 'https://example.com/source' }],
      unverified: [{ field: 'website' }],
    })
    const { body: current } = await call('translator', 'GET', `/partnerships/${doc.id}?locale=de&draft=true&depth=1`)
    const edited = {
      ...current,
      _status: 'draft',
      summary: 'Deutsche Zusammenfassung',
      statusHistory: current.statusHistory.map((row: any) => ({ ...row, note: 'Ausgesetzt' })),
    }
    const { status, body } = await call('translator', 'PATCH', `/partnerships/${doc.id}?locale=de&draft=true`, edited)
    expect(status, JSON.stringify(body)).toBe(200)
    const saved = await read('partnerships', doc.id, 'de', true)
    expect(saved.summary).toBe('Deutsche Zusammenfassung')
    expect(saved.statusHistory[0].note).toBe('Ausgesetzt')
    expect(saved.statusHistory[0].status).toBe('suspended')
  })

  it('cannot change a shared part of a status-history row while translating its note', async () => {
    const doc = await published('partnerships', { statusHistory: [{ status: 'suspended', note: 'Zawieszona' }] })
    const rows = (await read('partnerships', doc.id, 'de', true)).statusHistory
    const before = await snapshot(doc.id)
    const { status, body } = await call('translator', 'PATCH', `/partnerships/${doc.id}?locale=de`, {
      statusHistory: rows.map((row: any) => ({ ...row, status: 'ended', note: 'Beendet' })),
    })
    expect(status).toBe(403)
    expect(errorPaths(body)).toEqual(['statusHistory'])
    expect(await snapshot(doc.id)).toEqual(before)
  })

  it('cannot make itself an editor or add languages', async () => {
    for (const data of [{ roles: ['editor'] }, { translatorLocales: ['de', 'fr'] }]) {
      const { status } = await call('translator', 'PATCH', `/users/${users.translator.id}`, data)
      expect(status).toBe(403)
    }
    const me = await ctx.payload.findByID({ collection: 'users', id: users.translator.id })
    expect(me.roles).toEqual(['translator'])
    expect(me.translatorLocales).toEqual(['de'])
  })
})

describe('a translator publishing German', () => {
  it('publishes German without publishing the editor’s pending Polish draft', async () => {
    const doc = await published('partnerships', { summary: 'Polski tekst opublikowany' })
    await call('editor', 'PATCH', `/partnerships/${doc.id}?locale=pl&draft=true`, { summary: 'Polski szkic redaktora' })
    const { status, body } = await call(
      'translator',
      'PATCH',
      `/partnerships/${doc.id}?locale=de&publishSpecificLocale=de`,
      {
        name: 'Stadt',
        summary: 'Deutscher Text',
        _status: 'published',
      },
    )
    expect(status, JSON.stringify(body)).toBe(200)
    const live = await snapshot(doc.id)
    expect((live.published as any).summary).toEqual(
      expect.objectContaining({ pl: 'Polski tekst opublikowany', de: 'Deutscher Text' }),
    )
    expect((live.draft as any).summary.pl).toBe('Polski szkic redaktora')
  })

  it('is refused while an editor’s change to a shared field awaits publication', async () => {
    const doc = await published('partnerships')
    await call('editor', 'PATCH', `/partnerships/${doc.id}?locale=pl&draft=true`, {
      agreementDate: '2002-02-02T12:00:00.000Z',
    })
    const before = await snapshot(doc.id)
    const { status, body } = await call(
      'translator',
      'PATCH',
      `/partnerships/${doc.id}?locale=de&publishSpecificLocale=de`,
      {
        summary: 'Deutscher Text',
        _status: 'published',
      },
    )
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/shared|wspólnych/)
    expect(await snapshot(doc.id)).toEqual(before)
  })

  it('is refused for a document no editor has published yet', async () => {
    const draft: any = await ctx.payload.create({
      collection: 'partnerships',
      locale: 'pl',
      draft: true,
      data: { ...content.partnerships.make(tag()), _status: 'draft' } as never,
    })
    const { status } = await call(
      'translator',
      'PATCH',
      `/partnerships/${draft.id}?locale=de&publishSpecificLocale=de`,
      {
        summary: 'Deutscher Text',
        _status: 'published',
      },
    )
    expect(status).toBe(403)
    expect((await read('partnerships', draft.id, 'de', false))._status).not.toBe('published')
  })

  it('cannot unpublish: refused with the reason, and the page stays up', async () => {
    const doc = await published('partnerships')
    const { status, body } = await call('translator', 'PATCH', `/partnerships/${doc.id}?locale=de`, {
      _status: 'draft',
    })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toContain('nie może wycofać publikacji')
    expect((await read('partnerships', doc.id, 'pl', false))._status).toBe('published')
  })
})

// ─── GraphQL follows the same rules ──────────────────────────────────────────────────────────────

describe('GraphQL', () => {
  it('refuses a translator’s createPartnership', async () => {
    const { body } = await ctx.rest.graphql(
      'mutation { createPartnership(data: { name: "X", slug: "x-graphql", status: active, country: DE, agreementDate: "2001-01-01T12:00:00.000Z", location: { latitude: 1, longitude: 1 } }) { id } }',
      tokens.translator,
    )
    expect(body.errors?.[0]?.extensions?.statusCode, JSON.stringify(body)).toBe(403)
  })

  it('lets a translator save a German draft and refuses a Polish one', async () => {
    const doc = await published('partnerships')
    const mutation = (locale: string) =>
      `mutation { updatePartnership(id: ${JSON.stringify(doc.id)}, locale: ${locale}, draft: true, data: { summary: "Text ${locale}" }) { id } }`
    const german = await ctx.rest.graphql(mutation('de'), tokens.translator)
    expect(german.body.errors, JSON.stringify(german.body)).toBeUndefined()
    expect((await read('partnerships', doc.id, 'de', true)).summary).toBe('Text de')
    const polish = await ctx.rest.graphql(mutation('pl'), tokens.translator)
    expect(polish.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await read('partnerships', doc.id, 'pl', true)).summary).toBe('Tekst opublikowany')
  })

  it('shows an editor only their own account', async () => {
    const { body } = await ctx.rest.graphql('{ Users(limit: 100) { docs { email } } }', tokens.editor)
    expect(body.data.Users.docs.map((doc: any) => doc.email)).toEqual(['editor@example.com'])
  })
})
