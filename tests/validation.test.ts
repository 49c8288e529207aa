import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { errorPaths } from './helpers/rest'

// Spec: every validation refuses bad input with a 400-class error that names the field, and leaves
// stored data unchanged. Every case below expects exactly 400 and the field's path in the error.

type Collection = 'partnerships' | 'friendly-cities' | 'commitments' | 'users'
type Body = Record<string, unknown>

const DAY = 24 * 60 * 60 * 1000
const nextYear = () => new Date(Date.now() + 365 * DAY).toISOString()
const tomorrow = () => new Date(Date.now() + DAY).toISOString()

let ctx: TestContext
let token: string
const ids: Record<string, number | string> = {}

const idOf = async (collection: Exclude<Collection, 'users'>, where: Record<string, unknown>) => {
  const { docs } = await ctx.payload.find({ collection, where, limit: 1, overrideAccess: true } as never)
  if (!docs[0]) throw new Error(`no ${collection} matching ${JSON.stringify(where)}`)
  return docs[0].id
}

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  token = await ctx.rest.login()
  ids.partnership = await idOf('partnerships', { slug: { equals: 'esslingen-nad-neckarem' } })
  ids.friendlyCity = await idOf('friendly-cities', { slug: { equals: 'velenje' } })
  ids.commitment = await idOf('commitments', { order: { equals: 1 } })
  const editor = await ctx.payload.create({
    collection: 'users',
    data: { email: 'editor@example.com', password: 'editor-password-123', roles: ['editor'] },
  } as never)
  ids.user = editor.id
})
afterAll(() => ctx?.stop())

/** Everything a refused write must leave alone: the stored document (all locales) and its versions. */
async function snapshotDoc(collection: Collection, id: number | string) {
  const doc = await ctx.payload.findByID({ collection, id, locale: 'all', overrideAccess: true, depth: 0 } as never)
  const versioned = collection !== 'users'
  const latestDraft = versioned
    ? await ctx.payload.findByID({
        collection,
        id,
        locale: 'all',
        overrideAccess: true,
        depth: 0,
        draft: true,
      } as never)
    : null
  const versions = versioned
    ? (
        await ctx.payload.countVersions({
          collection,
          where: { parent: { equals: id } },
          overrideAccess: true,
        } as never)
      ).totalDocs
    : null
  return { doc, latestDraft, versions }
}

const count = async (collection: Collection) =>
  (await ctx.payload.count({ collection, overrideAccess: true } as never)).totalDocs

async function expectRefusedUpdate(collection: Collection, id: number | string, body: Body, path: string) {
  const before = await snapshotDoc(collection, id)
  const response = await ctx.rest.patch(`/${collection}/${id}?locale=pl`, body, token)
  expect({ status: response.status, paths: errorPaths(response.body) }, JSON.stringify(response.body)).toEqual({
    status: 400,
    paths: expect.arrayContaining([path]),
  })
  expect(await snapshotDoc(collection, id)).toEqual(before)
}

async function expectRefusedCreate(collection: Collection, body: Body, path: string) {
  const before = await count(collection)
  const response = await ctx.rest.post(`/${collection}?locale=pl`, body, token)
  expect({ status: response.status, paths: errorPaths(response.body) }, JSON.stringify(response.body)).toEqual({
    status: 400,
    paths: expect.arrayContaining([path]),
  })
  expect(await count(collection)).toBe(before)
}

/** A Local API write must be rejected with the same 400 ValidationError naming the field. */
const rejectsNaming = (path: string) => ({
  status: 400,
  data: { errors: expect.arrayContaining([expect.objectContaining({ path })]) },
})

const validPartnership = (overrides: Body = {}): Body => ({
  name: 'Miasto Testowe',
  agreementDate: '2000-01-01T12:00:00.000Z',
  status: 'active',
  country: 'DE',
  location: { latitude: 50, longitude: 10 },
  _status: 'published',
  ...overrides,
})
const without = (body: Body, key: string): Body => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key))

describe('partnerships', () => {
  // [what, body, path]
  const badUpdates: Array<[string, () => Body, string]> = [
    ['agreementDate in the future', () => ({ agreementDate: nextYear() }), 'agreementDate'],
    ['agreementDate tomorrow', () => ({ agreementDate: tomorrow() }), 'agreementDate'],
    ['agreementDate not a date', () => ({ agreementDate: 'not a date' }), 'agreementDate'],
    ['country XX', () => ({ country: 'XX' }), 'country'],
    ['country in lower case (de)', () => ({ country: 'de' }), 'country'],
    ['country as alpha-3 (DEU)', () => ({ country: 'DEU' }), 'country'],
    ['latitude 91', () => ({ location: { latitude: 91, longitude: 10 } }), 'location.latitude'],
    ['latitude -90.5', () => ({ location: { latitude: -90.5, longitude: 10 } }), 'location.latitude'],
    ['longitude 181', () => ({ location: { latitude: 50, longitude: 181 } }), 'location.longitude'],
    ['website javascript:alert(1)', () => ({ website: 'javascript:alert(1)' }), 'website'],
    ['website ftp://x.org', () => ({ website: 'ftp://x.org' }), 'website'],
    ['website not a url', () => ({ website: 'not a url' }), 'website'],
    ['wikidataId Q0', () => ({ wikidataId: 'Q0' }), 'wikidataId'],
    ['wikidataId X123', () => ({ wikidataId: 'X123' }), 'wikidataId'],
    ['wikidataId Q12a', () => ({ wikidataId: 'Q12a' }), 'wikidataId'],
    ['status closed', () => ({ status: 'closed' }), 'status'],
    ['slug of another partnership (kostroma)', () => ({ slug: 'kostroma' }), 'slug'],
    ['slug that slugifies to nothing (נס ציונה)', () => ({ slug: 'נס ציונה' }), 'slug'],
    [
      'statusHistory[0].sourceUrl javascript:x',
      () => ({ statusHistory: [{ status: 'ended', sourceUrl: 'javascript:x' }] }),
      'statusHistory.0.sourceUrl',
    ],
    [
      'statusHistory[0].decidedOn in the future',
      () => ({ statusHistory: [{ status: 'ended', decidedOn: nextYear() }] }),
      'statusHistory.0.decidedOn',
    ],
  ]

  it.each(badUpdates)('PATCH refuses %s with 400 and leaves the document unchanged', async (_what, body, path) => {
    await expectRefusedUpdate('partnerships', ids.partnership, body(), path)
  })

  const badCreates: Array<[string, () => Body, string]> = [
    ['without agreementDate', () => without(validPartnership(), 'agreementDate'), 'agreementDate'],
    ['with agreementDate in the future', () => validPartnership({ agreementDate: nextYear() }), 'agreementDate'],
    ['without name', () => without(validPartnership(), 'name'), 'name'],
    ['with the slug of an existing partnership (kostroma)', () => validPartnership({ slug: 'kostroma' }), 'slug'],
    [
      'with a name of another existing partnership’s slug (Kostroma)',
      () => validPartnership({ name: 'Kostroma' }),
      'slug',
    ],
    ['with a Hebrew-only slug (נס ציונה)', () => validPartnership({ slug: 'נס ציונה' }), 'slug'],
    ['with a Hebrew-only name and no slug', () => validPartnership({ name: 'נס ציונה' }), 'slug'],
    ['with country XX', () => validPartnership({ country: 'XX' }), 'country'],
    ['with status closed', () => validPartnership({ status: 'closed' }), 'status'],
  ]

  it.each(badCreates)('POST refuses a partnership %s with 400 and creates nothing', async (_what, body, path) => {
    await expectRefusedCreate('partnerships', body(), path)
  })

  it('accepts a valid PATCH and stores it', async () => {
    const response = await ctx.rest.patch(
      `/partnerships/${ids.partnership}?locale=pl`,
      { website: 'https://example.org' },
      token,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const stored: any = await ctx.payload.findByID({
      collection: 'partnerships',
      id: ids.partnership,
      overrideAccess: true,
    })
    expect(stored.website).toBe('https://example.org')
  })

  // The other side of the tables above: the limits themselves are valid.
  const boundaries: Array<[string, Body]> = [
    ['latitude 90 and longitude -180', { location: { latitude: 90, longitude: -180 } }],
    ['latitude -90 and longitude 180', { location: { latitude: -90, longitude: 180 } }],
    ['wikidataId Q1', { wikidataId: 'Q1' }],
    ['an http:// website', { website: 'http://example.org/path?q=1' }],
    ['an agreementDate of a minute ago', { agreementDate: new Date(Date.now() - 60_000).toISOString() }],
  ]

  it.each(boundaries)('accepts %s', async (_what, body) => {
    const response = await ctx.rest.patch(`/partnerships/${ids.partnership}?locale=pl`, body, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const stored: any = await ctx.payload.findByID({
      collection: 'partnerships',
      id: ids.partnership,
      overrideAccess: true,
    })
    expect(stored).toMatchObject(body)
  })

  it('slugifies a slug typed with Polish letters (Łódź Kaliska → lodz-kaliska)', async () => {
    const response = await ctx.rest.patch(`/partnerships/${ids.partnership}?locale=pl`, { slug: 'Łódź Kaliska' }, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const stored: any = await ctx.payload.findByID({
      collection: 'partnerships',
      id: ids.partnership,
      overrideAccess: true,
    })
    expect(stored.slug).toBe('lodz-kaliska')
  })

  it('derives the slug of a new partnership from its Polish name (Łódź → lodz)', async () => {
    const before = await count('partnerships')
    const response = await ctx.rest.post('/partnerships?locale=pl', validPartnership({ name: 'Łódź' }), token)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe('lodz')
    const stored: any = await ctx.payload.findByID({
      collection: 'partnerships',
      id: response.body.doc.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ name: 'Łódź', slug: 'lodz', _status: 'published' })
    expect(await count('partnerships')).toBe(before + 1)
  })
})

describe('friendly cities', () => {
  const badUpdates: Array<[string, () => Body, string]> = [
    ['relationType pen-pals', () => ({ relationType: 'pen-pals' }), 'relationType'],
    ['documentDate in the future', () => ({ documentDate: nextYear() }), 'documentDate'],
    ['datePrecision week', () => ({ datePrecision: 'week' }), 'datePrecision'],
    ['country XX', () => ({ country: 'XX' }), 'country'],
  ]

  it.each(badUpdates)('PATCH refuses %s with 400 and leaves the document unchanged', async (_what, body, path) => {
    await expectRefusedUpdate('friendly-cities', ids.friendlyCity, body(), path)
  })

  it('POST refuses a friendly city with relationType pen-pals and creates nothing', async () => {
    const body = without(validPartnership({ name: 'Miasto Przyjazne', relationType: 'pen-pals' }), 'agreementDate')
    await expectRefusedCreate('friendly-cities', without(body, 'status'), 'relationType')
  })
})

describe('commitments', () => {
  it('POST refuses a commitment without a title and creates nothing', async () => {
    await expectRefusedCreate('commitments', { order: 6, _status: 'published' }, 'title')
  })

  it.each<[string, unknown]>([
    ['-1', -1],
    ["'abc'", 'abc'],
  ])('PATCH refuses order %s with 400 and leaves the commitment unchanged', async (_what, order) => {
    await expectRefusedUpdate('commitments', ids.commitment, { order }, 'order')
  })

  it.each<[string, unknown]>([
    ['-1', -1],
    ["'abc'", 'abc'],
  ])('POST refuses a commitment with order %s and creates nothing', async (_what, order) => {
    await expectRefusedCreate('commitments', { title: 'Nowe zobowiązanie', order, _status: 'published' }, 'order')
  })
})

describe('users', () => {
  const badValues: Array<[string, Body, string]> = [
    ["roles ['superuser']", { roles: ['superuser'] }, 'roles'],
    ["translatorLocales ['xx']", { translatorLocales: ['xx'] }, 'translatorLocales'],
  ]

  it.each(badValues)('PATCH refuses %s with 400 and leaves the user unchanged', async (_what, body, path) => {
    await expectRefusedUpdate('users', ids.user, body, path)
  })

  it.each(badValues)('POST refuses a user with %s and creates nothing', async (_what, body, path) => {
    await expectRefusedCreate('users', { email: 'new@example.com', password: 'new-password-123', ...body }, path)
  })
})

describe('accessibility statement', () => {
  const snapshotGlobal = async () => ({
    doc: await ctx.payload.findGlobal({
      slug: 'accessibility-statement',
      locale: 'all',
      overrideAccess: true,
    } as never),
    versions: (
      await ctx.payload.countGlobalVersions({ global: 'accessibility-statement', overrideAccess: true } as never)
    ).totalDocs,
  })

  it.each<[string, () => Body, string]>([
    ['reviewedOn in the future', () => ({ reviewedOn: nextYear() }), 'reviewedOn'],
    ['preparedOn in the future', () => ({ preparedOn: nextYear() }), 'preparedOn'],
  ])('POST refuses %s with 400 and leaves the statement unchanged', async (_what, body, path) => {
    const before = await snapshotGlobal()
    const response = await ctx.rest.post('/globals/accessibility-statement?locale=pl', body(), token)
    expect({ status: response.status, paths: errorPaths(response.body) }, JSON.stringify(response.body)).toEqual({
      status: 400,
      paths: expect.arrayContaining([path]),
    })
    expect(await snapshotGlobal()).toEqual(before)
  })

  it('accepts a reviewedOn in the past', async () => {
    const reviewedOn = '2024-01-15T12:00:00.000Z'
    const response = await ctx.rest.post('/globals/accessibility-statement?locale=pl', { reviewedOn }, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const stored: any = await ctx.payload.findGlobal({ slug: 'accessibility-statement' })
    expect(stored.reviewedOn).toBe(reviewedOn)
  })
})

describe('Local API', () => {
  it('update() rejects country XX with a 400 naming the field and changes nothing', async () => {
    const before = await snapshotDoc('partnerships', ids.partnership)
    await expect(
      ctx.payload.update({
        collection: 'partnerships',
        id: ids.partnership,
        locale: 'pl',
        data: { country: 'XX' },
      } as never),
    ).rejects.toMatchObject(rejectsNaming('country'))
    expect(await snapshotDoc('partnerships', ids.partnership)).toEqual(before)
  })

  it('update() rejects a statusHistory decidedOn in the future, naming statusHistory.0.decidedOn', async () => {
    const before = await snapshotDoc('partnerships', ids.partnership)
    await expect(
      ctx.payload.update({
        collection: 'partnerships',
        id: ids.partnership,
        locale: 'pl',
        data: { statusHistory: [{ status: 'suspended', decidedOn: nextYear() }] },
      } as never),
    ).rejects.toMatchObject(rejectsNaming('statusHistory.0.decidedOn'))
    expect(await snapshotDoc('partnerships', ids.partnership)).toEqual(before)
  })

  it.each<[string, Body, string]>([
    ['wikidataId X123', { wikidataId: 'X123' }, 'wikidataId'],
    ['website javascript:alert(1)', { website: 'javascript:alert(1)' }, 'website'],
    ['a duplicate slug (kostroma)', { slug: 'kostroma' }, 'slug'],
  ])('create() rejects a partnership with %s and creates nothing', async (_what, overrides, path) => {
    const before = await count('partnerships')
    await expect(
      ctx.payload.create({ collection: 'partnerships', locale: 'pl', data: validPartnership(overrides) } as never),
    ).rejects.toMatchObject(rejectsNaming(path))
    expect(await count('partnerships')).toBe(before)
  })

  it("create() rejects a user with roles ['superuser']", async () => {
    const before = await count('users')
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email: 'local@example.com', password: 'local-password-123', roles: ['superuser'] },
      } as never),
    ).rejects.toMatchObject(rejectsNaming('roles'))
    expect(await count('users')).toBe(before)
  })

  it('updateGlobal() rejects a reviewedOn in the future', async () => {
    await expect(
      ctx.payload.updateGlobal({
        slug: 'accessibility-statement',
        locale: 'pl',
        data: { reviewedOn: nextYear() },
      } as never),
    ).rejects.toMatchObject(rejectsNaming('reviewedOn'))
  })
})
