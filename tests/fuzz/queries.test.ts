import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportAll } from '@/scripts/exportAll'

import { fuzzReport, problemWith, Problems, samples } from '../helpers/fuzz'
import { type FuzzSuite, startFuzz } from '../helpers/fuzzSuite'
import { roles } from '../helpers/fuzzWrites'
import { rawRequest } from '../helpers/rawRequest'

/**
 * Reads and deletes with query parameters at their extremes and in odd places, ids no document has,
 * bodies beyond the size and nesting limits, and the app's own endpoints' parameters, anonymously
 * and as each role: below 500, a 400 says what was wrong, and nothing stored changes.
 */

const collections = ['partnerships', 'friendly-cities', 'commitments', 'history-articles', 'media', 'users']
let suite: FuzzSuite

beforeAll(async () => {
  suite = await startFuzz([])
})
afterAll(async () => {
  console.info(fuzzReport('queries'))
  await suite?.ctx.stop()
})

const weird = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '0', '-1', 'NaN', 'null', '[]', '{}', '__proto__', '1e309', '9'.repeat(40), '$where'),
  fc.integer().map(String),
  fc.double().map(String),
)
const field = fc.constantFrom(
  'name',
  'slug',
  'title',
  'order',
  'country',
  'agreementDate',
  'heroImage',
  '_status',
  'id',
)
const operator = fc.constantFrom('equals', 'in', 'like', 'near', 'within', 'exists', 'greater_than', 'all', '$ne', 'or')
const param = fc.oneof(
  fc.tuple(fc.constantFrom('depth', 'limit', 'page'), fc.oneof(fc.integer({ min: -1e6, max: 1e9 }).map(String), weird)),
  fc.tuple(fc.constantFrom('sort', 'locale', 'fallback-locale', 'draft', 'select[name]', 'populate', 'joins'), weird),
  fc.tuple(
    fc.tuple(field, operator).map(([f, op]) => `where[${f}][${op}]`),
    weird,
  ),
  fc.tuple(fc.constantFrom('where[or][0][slug][equals]', 'where[and][][title][like]', 'where', 'where[slug]'), weird),
)
const queries = samples(
  fc.tuple(
    fc.constantFrom(...collections),
    fc.array(param, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('GET', 'DELETE'),
  ),
  250,
).map(([slug, params, method]) => {
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  // A delete whose odd parameters all turn out valid would delete what they match: none, here.
  const nothing = method === 'DELETE' ? '&where[and][9][slug][equals]=no-such-document' : ''
  return { method, path: `/${slug}?${query}${nothing}` }
})
// Ids no document has (the strict form is ../strict-ids.test.ts's): every write to one fails.
const ids = samples(
  fc.tuple(fc.constantFrom(...collections), weird, fc.constantFrom('GET', 'PATCH', 'DELETE')),
  60,
  1,
).map(([slug, id, method]) => ({ method, path: `/${slug}/${encodeURIComponent(`${id}x`)}?locale=pl` }))
/** What a refused query names: the parameter, or the path a `where` asked about. */
const PARAMETERS = /where|depth|limit|page|locale|sort|select|populate|joins|draft|path|id\b/i
const deep = (levels: number): unknown => (levels === 0 ? 'bottom' : { a: deep(levels - 1) })
const limits = [
  ...[1, 5].map((mb) => JSON.stringify({ title: 'x'.repeat(mb * 1024 * 1024), order: 1 })),
  ...[65, 500, 3000].map((levels) => JSON.stringify({ name: 'x', statusHistory: deep(levels) })),
]
const ownEndpoints = samples(
  fc.tuple(
    fc.constantFrom('/translation-status', '/translations/export', '/health', '/access'),
    fc.array(fc.tuple(fc.constantFrom('locale', 'status', 'collection', 'x', 'where'), weird), { maxLength: 3 }),
  ),
  30,
  2,
).map(([path, params]) => `${path}?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`)

describe.each(roles)('%s', (role) => {
  it('odd queries, ids of no document, bodies beyond the limits: below 500, named, nothing changed', async () => {
    const problems = new Problems()
    const token = suite.tokens[role]
    for (const { method, path } of queries) {
      const response = await rawRequest(method, path, { token })
      problems.add(problemWith(response, `${role} ${method} ${path}`, 'query', { mentions: PARAMETERS }))
    }
    for (const { method, path } of ids) {
      const body = method === 'PATCH' ? JSON.stringify({ title: 'x', name: 'x' }) : undefined
      const response = await rawRequest(method, path, { token, body, contentType: body && 'application/json' })
      problems.add(problemWith(response, `${role} ${method} ${path}`, 'id', { refuse: method !== 'GET' }))
    }
    for (const [index, body] of limits.entries()) {
      const path = `/${index < 2 ? 'commitments' : 'partnerships'}?locale=pl`
      const response = await rawRequest('POST', path, { token, body, contentType: 'application/json' })
      problems.add(problemWith(response, `${role} POST ${path} ${body.slice(0, 40)}`, 'body limit', { refuse: true }))
    }
    for (const path of ownEndpoints) {
      const response = await rawRequest('GET', path, { token })
      problems.add(problemWith(response, `${role} GET ${path}`, 'endpoint parameter', { mentions: PARAMETERS }))
    }
    problems.expectNone()
    expect(await exportAll(suite.ctx.payload)).toEqual(suite.before)
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
    const { status, body } = await suite.ctx.rest.get(`/partnerships?locale=pl&${query}`)
    expect(status, JSON.stringify(body)).toBe(200)
    if (count !== null) expect(body.totalDocs).toBe(count)
  })
})
