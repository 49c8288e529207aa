import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultSeedDir, seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'

// The page's list, as written there: the spec the seed must meet.
const partnerships = [
  ['Esslingen nad Neckarem', 'DE', '1992-09-25', 'Q3786'],
  ['Maładeczno', 'BY', '1996-03-13', 'Q201203'],
  ['Równe', 'UA', '1997-06-07', 'Q156739'],
  ['Mosonmagyaróvár', 'HU', '2001-08-06', 'Q207406'],
  ['Marijampole', 'LT', '2002-09-14', 'Q1351046'],
  ['Vienne', 'FR', '2005-07-02', null],
  ['Kostroma', 'RU', '2009-06-06', 'Q2592'],
  ['Žagubica', 'RS', '2011-10-07', 'Q393335'],
  ['Ness Ziona', 'IL', '2017-09-12', 'Q168162'],
  ['Petrinja', 'HR', '2019-10-04', 'Q1280634'],
] as const

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
})
afterAll(() => ctx?.stop())

const all = (
  collection: 'partnerships' | 'friendly-cities' | 'commitments' | 'history-articles',
  locale: 'pl' | 'en' = 'pl',
): Promise<{ docs: any[] }> =>
  ctx.payload.find({ collection, locale, limit: 100, pagination: false, fallbackLocale: false } as never)

describe('seed', () => {
  it('imports the 10 partnerships with the page’s names, exact dates, ISO codes and Wikidata IDs', async () => {
    const { docs } = await all('partnerships')
    expect(docs).toHaveLength(10)
    const rows = docs
      .map((doc: any) => [doc.name, doc.country, doc.agreementDate.slice(0, 10), doc.wikidataId ?? null])
      .sort((a, b) => a[2].localeCompare(b[2]))
    expect(rows).toEqual(partnerships.map((row) => [...row]))
  })

  it('derives ASCII slugs from the Polish names', async () => {
    const { docs } = await all('partnerships')
    const slugs = Object.fromEntries(docs.map((doc: any) => [doc.name, doc.slug]))
    expect(slugs).toMatchObject({
      Žagubica: 'zagubica',
      Równe: 'rowne',
      Maładeczno: 'maladeczno',
      'Ness Ziona': 'ness-ziona',
    })
  })

  it('seeds English names, coordinates and websites', async () => {
    const { docs } = await all('partnerships', 'en')
    const rivne: any = docs.find((doc: any) => doc.slug === 'rowne')
    expect(rivne.name).toBe('Rivne')
    expect(rivne.location).toMatchObject({ latitude: 50.6192, longitude: 26.2519 })
    expect(rivne.website).toBe('https://www.city-adm.rv.ua')
    for (const doc of docs as any[]) {
      expect(doc.location.latitude).toBeTypeOf('number')
      expect(doc.location.longitude).toBeTypeOf('number')
    }
  })

  it('marks Kostroma and Maładeczno as ended in 2022 with the council’s decision and source', async () => {
    const { docs } = await all('partnerships')
    const ended = docs
      .filter((doc: any) => doc.status === 'ended')
      .map((doc: any) => doc.slug)
      .sort()
    expect(ended).toEqual(['kostroma', 'maladeczno'])
    for (const doc of docs.filter((d: any) => d.status === 'ended') as any[]) {
      expect(doc.statusHistory).toHaveLength(1)
      const [entry] = doc.statusHistory
      expect(entry).toMatchObject({ status: 'ended', datePrecision: 'year' })
      expect(entry.decidedOn.slice(0, 4)).toBe('2022')
      expect(entry.sourceUrl).toContain('epiotrkow.pl')
      expect(entry.note).toMatch(/Rosji/)
    }
    const { docs: english } = await all('partnerships', 'en')
    const kostroma: any = english.find((doc: any) => doc.slug === 'kostroma')
    expect(kostroma.statusHistory[0].note).toMatch(/invasion of Ukraine/)
    expect(docs.filter((doc: any) => doc.status === 'active')).toHaveLength(8)
  })

  it('imports the friendly cities without inventing Udine’s date', async () => {
    const { docs } = await all('friendly-cities')
    expect(docs).toHaveLength(2)
    const bySlug = Object.fromEntries(docs.map((doc: any) => [doc.slug, doc]))
    expect(bySlug.velenje).toMatchObject({
      name: 'Velenje',
      country: 'SI',
      relationType: 'letter-of-intent',
      wikidataId: 'Q15928',
    })
    expect(bySlug.velenje.documentDate.slice(0, 10)).toBe('1998-03-24')
    expect(bySlug.udine).toMatchObject({ name: 'Udine', country: 'IT', wikidataId: 'Q2790' })
    expect(bySlug.udine.documentDate ?? null).toBeNull()
  })

  it('keeps what the research could not confirm visible to editors', async () => {
    const { docs } = await all('partnerships')
    const vienne: any = docs.find((doc: any) => doc.slug === 'vienne')
    expect(vienne.unverified.map((row: any) => row.field)).toContain('wikidataId')
    expect(vienne.sources.length).toBeGreaterThan(0)
  })

  it('imports the 5 commitments in the page’s order, in Polish and English', async () => {
    const pl = await all('commitments')
    const en = await all('commitments', 'en')
    expect(pl.docs.map((doc: any) => doc.order)).toEqual([1, 2, 3, 4, 5])
    expect(pl.docs[0].title).toMatch(/^podejmowania różnych form współpracy ekonomicznej/)
    expect(pl.docs[4].title).toMatch(/spotkań mieszkańców obu miast/)
    expect(en.docs.every((doc: any) => doc.title && !/[ąęłńśźż]/.test(doc.title))).toBe(true)
  })

  it('imports the opening paragraphs as a history article, in Polish and English', async () => {
    const pl = await all('history-articles')
    expect(pl.docs).toHaveLength(1)
    const text = JSON.stringify(pl.docs[0].content)
    expect(text).toContain('nie jest nowa')
    expect(text).toContain('rozkwitła na nowo')
    expect(text).not.toContain('✘')
    const en = await all('history-articles', 'en')
    expect(en.docs[0].title).toBe('The idea of twin cities')
    expect(JSON.stringify(en.docs[0].content)).toContain('flourished anew')
  })

  it('publishes everything it creates', async () => {
    for (const collection of ['partnerships', 'friendly-cities', 'commitments', 'history-articles'] as const) {
      const { docs } = await all(collection)
      expect(docs.every((doc: any) => doc._status === 'published')).toBe(true)
    }
  })

  it('writes a first accessibility statement and the home city', async () => {
    const statement: any = await ctx.payload.findGlobal({ slug: 'accessibility-statement', locale: 'pl' })
    expect(statement.preparedOn).toBeTruthy()
    expect(JSON.stringify(statement.content)).toContain('dostępności cyfrowej')
    const english: any = await ctx.payload.findGlobal({
      slug: 'accessibility-statement',
      locale: 'en',
      fallbackLocale: false,
    } as never)
    expect(JSON.stringify(english.content)).toContain('digital accessibility')
    const settings: any = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'uk' })
    expect(settings.homeCity).toMatchObject({
      name: 'Пйотркув Трибунальський',
      latitude: 51.405,
      wikidataId: 'Q158004',
    })
  })

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const token = await ctx.rest.login(process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
    expect(token).toBeTruthy()
  })

  it('is idempotent: a second run creates, changes and versions nothing', async () => {
    const snapshot = async () => {
      const state: Record<string, unknown> = {}
      for (const collection of [
        'partnerships',
        'friendly-cities',
        'commitments',
        'history-articles',
        'users',
      ] as const) {
        const { docs } = await ctx.payload.find({
          collection,
          locale: 'all',
          limit: 1000,
          pagination: false,
          overrideAccess: true,
        } as never)
        state[collection] = docs
        if (collection !== 'users') {
          state[`${collection}:versions`] = (await ctx.payload.countVersions({ collection } as never)).totalDocs
        }
      }
      state.settings = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'all' } as never)
      state.statement = await ctx.payload.findGlobal({ slug: 'accessibility-statement', locale: 'all' } as never)
      return state
    }
    const before = await snapshot()
    const report = await seed(ctx.payload)
    expect(report.created).toEqual({})
    expect(await snapshot()).toEqual(before)
  })

  it('never overwrites an editor’s change on a later run', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'partnerships',
      where: { slug: { equals: 'petrinja' } },
      locale: 'pl',
    })
    await ctx.payload.update({
      collection: 'partnerships',
      id: docs[0].id,
      locale: 'pl',
      data: { summary: 'Zmienione przez redakcję' },
    })
    await seed(ctx.payload)
    const after: any = await ctx.payload.findByID({ collection: 'partnerships', id: docs[0].id, locale: 'pl' })
    expect(after.summary).toBe('Zmienione przez redakcję')
  })

  it('reads the page from the shared seed folder', () => {
    expect(fs.existsSync(`${defaultSeedDir()}/miasta-partnerskie.md`)).toBe(true)
  })
})
