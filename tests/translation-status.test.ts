import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { account } from './helpers/users'
import { paragraphDocument } from './helpers/richText'

let ctx: TestContext
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  tokens.editor = (await account(ctx, 'editor')).token
  tokens.translator = (await account(ctx, 'translator', ['de', 'fr'])).token
})
afterAll(() => ctx?.stop())

const patch = (role: string, id: unknown, query: string, body: unknown) =>
  ctx.rest.request('PATCH', `/partnerships/${id}?${query}`, { body, token: tokens[role] })

async function statusOf(id: unknown, locale: string): Promise<string | undefined> {
  const { status, body } = await ctx.rest.get(`/translation-status?locale=${locale}`, tokens.translator)
  expect(status).toBe(200)
  return body.find((item: any) => item.collection === 'partnerships' && item.id === id)?.status
}

async function newPartnership(name: string): Promise<number | string> {
  const { status, body } = await ctx.rest.request('POST', '/partnerships?locale=pl', {
    token: tokens.editor,
    body: {
      name,
      summary: `Streszczenie: ${name}`,
      country: 'FR',
      agreementDate: '2004-04-04T12:00:00.000Z',
      location: { latitude: 48, longitude: 2 },
      _status: 'published',
    },
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc.id
}

describe('GET /api/translation-status', () => {
  it('lists every document in one language with collection, id, title, status and updatedAt', async () => {
    const id = await newPartnership('Lista Testowa')
    const { status, body } = await ctx.rest.get('/translation-status?locale=de', tokens.translator)
    expect(status).toBe(200)
    const item = body.find((i: any) => i.id === id)
    expect(item).toEqual({
      collection: 'partnerships',
      id,
      locale: 'de',
      title: 'Lista Testowa',
      status: 'missing',
      updatedAt: expect.any(String),
    })
    const collections = new Set(body.map((i: any) => i.collection))
    for (const slug of [
      'partnerships',
      'friendly-cities',
      'commitments',
      'history-articles',
      'site-settings',
      'accessibility-statement',
    ]) {
      expect(collections).toContain(slug)
    }
    expect(body.every((i: any) => i.locale === 'de')).toBe(true)
  })

  it('covers every language but Polish without ?locale', async () => {
    const id = await newPartnership('Wszystkie Języki')
    const { body } = await ctx.rest.get('/translation-status', tokens.editor)
    expect(
      body
        .filter((i: any) => i.id === id && i.collection === 'partnerships')
        .map((i: any) => i.locale)
        .sort(),
    ).toEqual(['de', 'en', 'fr', 'he', 'uk'])
  })

  it('knows the seeded translations: English is done, German commitments are missing', async () => {
    const { body: english } = await ctx.rest.get('/translation-status?locale=en', tokens.editor)
    const seededPartnerships = english.filter((i: any) => i.collection === 'partnerships' && i.title === 'Kostroma')
    expect(seededPartnerships.map((i: any) => i.status)).toEqual(['done'])
    const { body: german } = await ctx.rest.get('/translation-status?locale=de', tokens.editor)
    const commitments = german.filter((i: any) => i.collection === 'commitments')
    expect(commitments).toHaveLength(5)
    expect(new Set(commitments.map((i: any) => i.status))).toEqual(new Set(['missing']))
  })

  it.each([
    ['no user', undefined, 'de', 401],
    ['Polish, the source language', 'editor', 'pl', 400],
    ['an unknown language', 'editor', 'xx', 400],
  ])('answers %s with a clear error', async (_, role, locale, expected) => {
    const { status, body } = await ctx.rest.get(`/translation-status?locale=${locale}`, role && tokens[role])
    expect(status).toBe(expected)
    expect(body.errors[0].message).toBeTruthy()
    if (expected === 400) expect(body.errors[0].field).toBe('locale')
  })
})

describe('a translation through a sequence of edits', () => {
  let id: number | string
  beforeAll(async () => {
    id = await newPartnership('Sekwencja')
  })

  const translate = (locale: string, text: string, extra = '') =>
    patch('translator', id, `locale=${locale}&draft=true${extra}`, { name: `Sequenz ${locale}`, summary: text })

  it('new document → missing in every language', async () => {
    for (const locale of ['en', 'de', 'fr']) expect(await statusOf(id, locale)).toBe('missing')
  })

  it('translate into German → done (French stays missing)', async () => {
    expect((await translate('de', 'Zusammenfassung')).status).toBe(200)
    expect(await statusOf(id, 'de')).toBe('done')
    expect(await statusOf(id, 'fr')).toBe('missing')
  })

  it('an editor changes a shared field or re-saves Polish unchanged → still done', async () => {
    expect(
      (await patch('editor', id, 'locale=pl&draft=true', { agreementDate: '2005-05-05T12:00:00.000Z' })).status,
    ).toBe(200)
    expect((await patch('editor', id, 'locale=pl', { _status: 'published' })).status).toBe(200)
    expect(await statusOf(id, 'de')).toBe('done')
  })

  it('edit the Polish text → outdated', async () => {
    expect((await patch('editor', id, 'locale=pl&draft=true', { summary: 'Nowe streszczenie' })).status).toBe(200)
    expect(await statusOf(id, 'de')).toBe('outdated')
  })

  it('an autosave of the German draft does not count as a translation', async () => {
    expect((await translate('de', 'Halb fert', '&autosave=true')).status).toBe(200)
    expect(await statusOf(id, 'de')).toBe('outdated')
  })

  it('retranslate → done', async () => {
    expect((await translate('de', 'Neue Zusammenfassung')).status).toBe(200)
    expect(await statusOf(id, 'de')).toBe('done')
  })

  it('new Polish text in a field German lacks → outdated until that is translated too', async () => {
    await patch('editor', id, 'locale=pl&draft=true', { content: paragraphDocument('Długa treść') })
    expect(await statusOf(id, 'de')).toBe('outdated')
    await patch('translator', id, 'locale=de&draft=true', { summary: 'Nur die Zusammenfassung' })
    expect(await statusOf(id, 'de')).toBe('outdated')
    await patch('translator', id, 'locale=de&draft=true', { content: paragraphDocument('Langer Inhalt') })
    expect(await statusOf(id, 'de')).toBe('done')
  })

  it('restoring the first version, from before any German, → missing again', async () => {
    const { docs } = await ctx.payload.findVersions({
      collection: 'partnerships',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    await ctx.payload.restoreVersion({ collection: 'partnerships', id: docs[0]!.id, locale: 'pl' } as never)
    expect(await statusOf(id, 'de')).toBe('missing')
  })
})

/**
 * Edits in any order: a seeded random walk over Polish edits, shared-field edits, autosaves and
 * translations in two languages, each step checked against a model of what the status must be.
 */
describe('edits in any order', () => {
  it('agrees with the model after every one of 40 random steps', async () => {
    const id = await newPartnership('Losowa')
    let version = 0
    const savedAt: Record<string, number | undefined> = { de: undefined, fr: undefined }
    const expected = (locale: string) =>
      savedAt[locale] === undefined ? 'missing' : savedAt[locale] === version ? 'done' : 'outdated'
    let seedValue = 20261125
    const random = () => (seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const steps: [string, () => Promise<unknown>][] = [
      [
        'edit Polish',
        async () => (await patch('editor', id, 'locale=pl&draft=true', { summary: `Wersja ${++version}` }), undefined),
      ],
      [
        'edit a shared field',
        () =>
          patch('editor', id, 'locale=pl&draft=true', { website: `https://example.com/${Math.round(random() * 1e6)}` }),
      ],
      ...(['de', 'fr'] as const).flatMap((locale): [string, () => Promise<unknown>][] => [
        [
          `translate ${locale}`,
          async () => (
            await patch('translator', id, `locale=${locale}&draft=true`, {
              name: `N ${locale}`,
              summary: `T ${locale} ${version}`,
            }),
            (savedAt[locale] = version)
          ),
        ],
        [
          `autosave ${locale}`,
          () => patch('translator', id, `locale=${locale}&draft=true&autosave=true`, { summary: `A ${locale}` }),
        ],
      ]),
    ]
    const trail: string[] = []
    for (let step = 0; step < 40; step++) {
      const [name, run] = steps[Math.floor(random() * steps.length)]!
      trail.push(name)
      await run()
      for (const locale of ['de', 'fr']) expect(await statusOf(id, locale), trail.join(' → ')).toBe(expected(locale))
    }
  })
})
