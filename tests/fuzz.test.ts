import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { exportAll, type FullExport } from '@/scripts/exportAll'

import { startPayload, type TestContext } from './helpers/payload'
import type { RestResponse } from './helpers/rest'

/**
 * Property-based hostile input: generated bad requests to REST and GraphQL, anonymous and signed in.
 * Every answer is below 500 and says what was wrong, and the stored data (every document, locale,
 * draft and version) is the same afterwards.
 */

// A fixed seed keeps CI reproducible; FUZZ_SEED=random (or a number) explores further.
const seedValue = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261125)
fc.configureGlobal({ seed: seedValue })

let ctx: TestContext
let editor: string
let before: FullExport
let sent = 0
const ids: Record<string, unknown> = {}
const collections = ['partnerships', 'friendly-cities', 'commitments', 'history-articles', 'media', 'users'] as const
const contentFields = [
  'name',
  'slug',
  'summary',
  'content',
  'country',
  'agreementDate',
  'status',
  'statusHistory',
  'location',
  'website',
  'wikidataId',
  'title',
  'order',
  'description',
  'heroImage',
  '_status',
  'id',
  'createdAt',
  'roles',
]

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'fuzz-editor@example.com', password: 'fuzz-editor-password', roles: ['editor'] },
  })
  editor = await ctx.rest.login('fuzz-editor@example.com', 'fuzz-editor-password')
  for (const collection of collections)
    ids[collection] = (await ctx.payload.find({ collection, limit: 1, depth: 0 })).docs[0]?.id
  before = await exportAll(ctx.payload)
})
afterAll(async () => {
  console.info(`fuzz: ${sent} generated requests, seed ${seedValue}`)
  await ctx?.stop()
})

function expectHandled(response: RestResponse, what: string) {
  sent++
  expect(response.status, `${what} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 500)}`).toBeLessThan(
    500,
  )
  if (response.status >= 400) {
    const errors = response.body?.errors ?? [response.body]
    expect(
      Array.isArray(errors) &&
        errors.length > 0 &&
        errors.every((e: any) => typeof e?.message === 'string' && e.message.length > 0),
      `${what}: ${JSON.stringify(response.body)?.slice(0, 300)}`,
    ).toBe(true)
  }
}

const token = fc.constantFrom<string | undefined>(undefined, 'editor')
const collection = fc.constantFrom(...collections)
const weird = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    'NaN',
    'null',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '1e309',
    '9'.repeat(40),
    '$where',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
  ),
  fc.integer(),
  fc.double(),
)
/** Per collection, values that field refuses: a body holding one must be refused whole. */
const refused: Record<(typeof collections)[number], [string, unknown][]> = {
  partnerships: [
    ['location', { latitude: 1000, longitude: 'east' }],
    ['agreementDate', 'not a date'],
    ['country', 'XX'],
    ['status', 'maybe'],
  ],
  'friendly-cities': [
    ['location', { latitude: -91, longitude: 0 }],
    ['country', 'XX'],
    ['relationType', 'marriage'],
  ],
  commitments: [
    ['order', 'first'],
    ['order', -5],
    ['title', ''],
  ],
  'history-articles': [
    ['title', ''],
    ['publishedAt', 'not a date'],
  ],
  media: [
    ['alt', ''],
    ['alt', null],
  ],
  users: [
    ['email', 12],
    ['email', 'not-an-email'],
    ['roles', ['god']],
  ],
}
const badBody = (slug: (typeof collections)[number]) =>
  fc
    .tuple(fc.dictionary(fc.constantFrom(...contentFields), weird, { maxKeys: 6 }), fc.constantFrom(...refused[slug]))
    .map(([body, [key, value]]) => ({ ...body, [key]: value }))

const deep = (levels: number): unknown => (levels === 0 ? 'bottom' : { a: deep(levels - 1) })

describe('REST', () => {
  it('bad bodies for create and update are refused whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        collection.chain((slug) => fc.tuple(fc.constant(slug), badBody(slug))),
        token,
        fc.boolean(),
        async ([slug, body], who, update) => {
          const path = update ? `/${slug}/${ids[slug]}?locale=pl` : `/${slug}?locale=pl`
          const response = await ctx.rest.request(update ? 'PATCH' : 'POST', path, { body, token: who && editor })
          expectHandled(response, `${update ? 'PATCH' : 'POST'} ${path} ${JSON.stringify(body).slice(0, 200)}`)
          expect(response.status).toBeGreaterThanOrEqual(400)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('query parameters at their extremes and in odd places', async () => {
    const param = fc.oneof(
      fc.tuple(
        fc.constantFrom('depth', 'limit', 'page'),
        fc.oneof(fc.integer({ min: -1e6, max: 1e9 }).map(String), weird.map(String)),
      ),
      fc.tuple(
        fc.constantFrom('sort', 'locale', 'fallback-locale', 'draft', 'select[name]', 'populate', 'joins'),
        weird.map(String),
      ),
      fc.tuple(
        fc
          .tuple(
            fc.constantFrom(...contentFields, 'location.latitude', 'statusHistory.status', 'nope', '__proto__'),
            fc.constantFrom(
              'equals',
              'in',
              'like',
              'near',
              'within',
              'intersects',
              'exists',
              'greater_than',
              'all',
              'not_in',
              'contains',
              '$ne',
              'or',
              'and',
              'regex',
            ),
          )
          .map(([field, op]) => `where[${field}][${op}]`),
        weird.map(String),
      ),
      fc.tuple(
        fc.constantFrom('where[or][0][slug][equals]', 'where[and][][title][like]', 'where', 'where[slug]'),
        weird.map(String),
      ),
    )
    await fc.assert(
      fc.asyncProperty(
        collection,
        fc.array(param, { minLength: 1, maxLength: 4 }),
        token,
        async (slug, params, who) => {
          const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
          const response = await ctx.rest.request('GET', `/${slug}?${query}`, { token: who && editor })
          expectHandled(response, `GET /${slug}?${query}`)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('bad ids in reads, updates and deletes', async () => {
    // Ids no document has: the writes must all fail.
    const id = fc
      .oneof(weird.map(String), fc.constantFrom('0', '-1', '999999999', '1.5', 'abc', '%00', '..', 'null'))
      .filter((value) => value.length > 0 && !/^0*[1-9]\d{0,7}$/.test(value.trim()))
    await fc.assert(
      fc.asyncProperty(
        collection,
        id,
        fc.constantFrom('GET', 'PATCH', 'DELETE'),
        token,
        async (slug, value, method, who) => {
          const path = `/${slug}/${encodeURIComponent(value)}?locale=pl`
          const response = await ctx.rest.request(method, path, {
            body: method === 'PATCH' ? { title: 'x', name: 'x' } : undefined,
            token: who && editor,
          })
          expectHandled(response, `${method} ${path}`)
          if (method !== 'GET') expect(response.status).toBeGreaterThanOrEqual(400)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('broken, huge and deeply nested JSON', async () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        '{',
        '{"title":',
        '[1,2',
        'null',
        '"just a string"',
        '{"title": "x",}',
        '\u0000',
        '{"__proto__": {"admin": true}}',
      ),
      fc.integer({ min: 1, max: 5 }).map((n) => JSON.stringify({ title: 'x'.repeat(n * 400_000), order: 'x' })),
      fc.integer({ min: 50, max: 3000 }).map((n) => JSON.stringify({ name: 'x', statusHistory: deep(n) })),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('commitments', 'partnerships'), raw, token, async (slug, body, who) => {
        const response = await ctx.rest.request('POST', `/${slug}?locale=pl`, { raw: body, token: who && editor })
        expectHandled(response, `POST /${slug} raw ${body.slice(0, 80)}`)
        expect(response.status).toBeGreaterThanOrEqual(400)
      }),
      { numRuns: 120 },
    )
  })
})

describe('GraphQL', () => {
  it('odd queries, arguments and mutations', async () => {
    const query = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .tuple(
          fc.constantFrom('Partnerships', 'Commitments', 'Users', 'FriendlyCities'),
          weird.map((v) => JSON.stringify(String(v))),
          fc.integer({ min: -1e9, max: 1e9 }),
        )
        .map(
          ([list, value, n]) =>
            `{ ${list}(limit: ${n}, page: ${n}, where: { id: { equals: ${value} } }) { docs { id } } }`,
        ),
      weird.map(
        (v) =>
          `mutation { updateCommitment(id: ${JSON.stringify(String(v))}, data: { order: ${JSON.stringify(String(v))} }) { id } }`,
      ),
      weird.map((v) => `mutation { createPartnership(data: { name: ${JSON.stringify(String(v))} }) { id } }`),
      fc
        .integer({ min: 20, max: 400 })
        .map((n) => `{ ${'Partnerships { docs { heroImage { '.repeat(n)}id${' } } }'.repeat(n)} }`),
    )
    await fc.assert(
      fc.asyncProperty(query, token, async (text, who) => {
        const response = await ctx.rest.graphql(text, who && editor)
        sent++
        expect(response.status, `${text.slice(0, 200)} → ${JSON.stringify(response.body)?.slice(0, 300)}`).toBeLessThan(
          500,
        )
        if (response.body?.errors)
          expect(response.body.errors.every((e: any) => typeof e.message === 'string' && e.message)).toBe(true)
        if (response.body?.data)
          expect(
            Object.values(response.body.data).every((value) => value === null || !String(text).startsWith('mutation')),
          ).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})

describe('legitimate queries still work (the checks refuse only what is malformed)', () => {
  it.each([
    ['where[agreementDate][greater_than]=1800-01-01', 10],
    ['where[agreementDate][less_than]=2000-01-01T00:00:00.000Z', 3],
    ['where[slug][in]=vienne,petrinja', 2],
    ['where[or][0][slug][equals]=vienne&where[or][1][slug][equals]=petrinja', 2],
    ['where[location.latitude][greater_than]=50', null],
    ['where[statusHistory.status][equals]=ended', 2],
    ['where[heroImage][exists]=false', 10],
    ['depth=2&limit=1000&page=1&sort=-agreementDate', 10],
  ])('GET /partnerships?%s', async (query, count) => {
    const { status, body } = await ctx.rest.get(`/partnerships?locale=pl&${query}`)
    expect(status, JSON.stringify(body)).toBe(200)
    if (count !== null) expect(body.totalDocs).toBe(count)
  })
})

describe('afterwards', () => {
  it('sent at least 1,000 requests and changed nothing stored', async () => {
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(await exportAll(ctx.payload)).toEqual(before)
  })
})
