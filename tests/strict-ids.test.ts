import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportAll } from '@/scripts/exportAll'

import {
  type Case,
  collections,
  everyone,
  expectAll,
  type Fixture,
  junk,
  junkValues,
  notFound,
  refusedNaming,
  startWithIds,
  versioned,
} from './helpers/strictIds'

/**
 * An id is exactly the adapter's form (a positive integer on SQLite, an ObjectId on MongoDB). Any
 * other spelling of a real document's id, with junk before, inside or after it, addresses nothing:
 * 404 in a path, 400 naming the parameter in a `where` or a body, anonymous or signed in. Nothing
 * stored changes. GraphQL: ./strict-ids.graphql.test.ts; the rule on its own: ./strict-ids.rule.test.ts.
 */

let fixture: Fixture
let ids: Fixture['ids']
let call: Fixture['call']
beforeAll(async () => {
  fixture = await startWithIds()
  ;({ ids, call } = fixture)
})
afterAll(() => fixture?.ctx.stop())

const enc = encodeURIComponent
/** `method path` with each junk spelling of `id` in place of `:id`, sent by everyone. */
const pathCases = (method: string, path: string, id: number | string, body?: unknown): Case[] =>
  everyone.flatMap((who) =>
    junk(id).map((bad): Case => {
      const url = path.replace(':id', enc(bad))
      return [`${who} ${method} ${url}`, () => call(who, method, url, body)]
    }),
  )

describe('ids in the path: 404', () => {
  it.each(collections)('%s: GET, PATCH and DELETE /<id>', async (slug) => {
    const body = { name: 'Junk', title: 'Junk', alt: 'Junk', order: 99 }
    await expectAll(
      [
        ...pathCases('GET', `/${slug}/:id?locale=pl`, ids[slug]),
        ...pathCases('PATCH', `/${slug}/:id?locale=pl`, ids[slug], body),
        ...pathCases('DELETE', `/${slug}/:id`, ids[slug]),
      ],
      notFound,
    )
  })

  it.each(versioned)('%s: versions, restore, duplicate and access', async (slug) => {
    await expectAll(
      [
        ...pathCases('GET', `/${slug}/versions/:id`, fixture.versionIds[slug]),
        ...pathCases('POST', `/${slug}/versions/:id`, fixture.versionIds[slug]),
        ...pathCases('POST', `/${slug}/:id/duplicate`, ids[slug], {}),
        ...pathCases('POST', `/${slug}/access/:id`, ids[slug], {}),
      ],
      notFound,
    )
  })

  it('a global: versions and restore', async () => {
    const path = '/globals/accessibility-statement/versions/:id'
    await expectAll(
      [...pathCases('GET', path, fixture.versionIds.global), ...pathCases('POST', path, fixture.versionIds.global)],
      notFound,
    )
  })
})

describe('ids in a where: 400 naming the parameter', () => {
  const conditions: [string, string, string][] = [
    ...versioned.flatMap((slug): [string, string, string][] => [
      [`/${slug}`, 'id', 'equals'],
      [`/${slug}`, 'id', 'not_in'],
      [`/${slug}/versions`, 'parent', 'equals'],
      [`/${slug}/versions`, 'id', 'in'],
    ]),
    ['/partnerships', 'id', 'not_equals'],
    ['/partnerships', 'id', 'in'],
    ['/history-articles', 'relatedPartnerships', 'equals'],
    ['/history-articles', 'relatedPartnerships', 'in'],
    ['/history-articles', 'relatedPartnerships', 'all'],
    ['/history-articles', 'heroImage', 'equals'],
    ['/partnerships', 'heroImage', 'in'],
    ['/users', 'id', 'equals'],
    ['/globals/accessibility-statement/versions', 'id', 'equals'],
  ]
  it.each(conditions)('GET %s?where[%s][%s]=<junk>', async (path, field, operator) => {
    const parameter = `where[${field}][${operator}]`
    const valid = field === 'heroImage' ? ids.media : field === 'id' && path === '/users' ? ids.users : ids.partnerships
    const cases = everyone.flatMap((who) =>
      junk(valid).map((bad): Case => {
        const url = `${path}?${parameter}=${enc(operator.endsWith('in') ? `${valid},${bad}` : bad)}`
        return [`${who} GET ${url}`, () => call(who, 'GET', url)]
      }),
    )
    await expectAll(cases, refusedNaming(parameter))
  })

  it('in a POST standing in for a GET, as the admin sends its relationship queries', async () => {
    const route = await import('@/app/(payload)/api/[...slug]/route')
    const cases = junk(ids.partnerships).map((bad): Case => [
      `POST /partnerships (GET) where[id][in]=${JSON.stringify(bad)}`,
      async () => {
        const response = await route.POST(
          new Request('http://localhost:3000/api/partnerships', {
            method: 'POST',
            headers: {
              authorization: `JWT ${fixture.admin}`,
              'content-type': 'application/x-www-form-urlencoded',
              'x-payload-http-method-override': 'GET',
            },
            body: `where[id][in][0]=${ids.partnerships}&where[id][in][1]=${enc(bad)}`,
          }),
          { params: Promise.resolve({ slug: ['partnerships'] }) } as never,
        )
        return { status: response.status, body: await response.json(), headers: response.headers }
      },
    ])
    await expectAll(cases, refusedNaming('where[id][in]'))
  })
})

describe('ids in a body: 400 naming the field', () => {
  /** Documents valid but for the id under test, so that only the id can be refused. */
  const valid: Record<string, Record<string, unknown>> = {
    'history-articles': { title: 'Artykuł', slug: 'artykul-z-blednym-id' },
    partnerships: {
      ...{ name: 'Miasto', slug: 'miasto-z-blednym-id', country: 'DE', agreementDate: '2001-01-01T12:00:00.000Z' },
      location: { latitude: 50, longitude: 10 },
    },
  }
  it.each([
    ['history-articles', 'relatedPartnerships', (id: unknown) => [ids.partnerships, id]],
    ['history-articles', 'heroImage', (id: unknown) => id],
    ['partnerships', 'heroImage', (id: unknown) => id],
  ] as const)('%s: %s in POST and PATCH', async (slug, field, value) => {
    const bad = [...junk(field === 'heroImage' ? ids.media : ids.partnerships), ...junkValues]
    const cases = everyone.flatMap((who) =>
      bad.flatMap((id): Case[] => [
        [
          `${who} POST ${field}=${JSON.stringify(id)}`,
          () => call(who, 'POST', `/${slug}?locale=pl`, { ...valid[slug], [field]: value(id) }),
        ],
        [
          `${who} PATCH ${field}=${JSON.stringify(id)}`,
          () => call(who, 'PATCH', `/${slug}/${ids[slug]}?locale=pl`, { [field]: value(id) }),
        ],
      ]),
    )
    await expectAll(cases, refusedNaming(field))
  })
})

describe('afterwards', () => {
  it('nothing stored changed', async () => {
    expect(await exportAll(fixture.ctx.payload)).toEqual(fixture.before)
  })

  it('real ids still work', async () => {
    const { partnerships: p, media } = ids
    expect((await call('anonymous', 'GET', `/partnerships/${p}`)).body.id).toBe(p)
    expect((await call('admin', 'GET', `/partnerships/versions/${fixture.versionIds.partnerships}`)).status).toBe(200)
    const version = `/globals/accessibility-statement/versions/${fixture.versionIds.global}`
    expect((await call('admin', 'GET', version)).status).toBe(200)
    expect((await call('anonymous', 'GET', `/partnerships?where[id][in]=${p}`)).body.totalDocs).toBe(1)
    const body = { relatedPartnerships: [p], heroImage: media }
    const saved = await call('admin', 'PATCH', `/history-articles/${ids['history-articles']}?depth=0`, body)
    expect(saved.body.doc, JSON.stringify(saved.body)).toMatchObject({ relatedPartnerships: [p], heroImage: media })
  })
})
