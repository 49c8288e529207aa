import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type MapCity, PartnerMap } from '@/site/components/PartnerMap'
import { localeCodes } from '@/i18n/locales'
import { PAGE_SIZE } from '@/site/data/cities'
import { MAP_CITY_LIMIT } from '@/site/data/overview'
import { countryName } from '@/site/format'
import { revalidateToken } from '@/cache/revalidateToken'
import { SITEMAP_URL_LIMIT, sitemapChunks, sitemapIndexXml, urlsetXml } from '@/site/data/sitemap'

import { payloadCliAsync } from './helpers/cli'
import { type RunningServer, startProductionServer } from './helpers/server'

// Spec: the site keeps working past a few dozen cities. Unit: sitemapChunks splits at SITEMAP_URL_LIMIT
// keeping order (one empty file for none), urlsetXml / sitemapIndexXml escape XML, and the map's
// dropCrowdedLabels leaves out labels with no free place while their markers keep a <title>. Against a
// production server: at the seed's 12 cities the home map links each city, the timeline names them and
// there is no "see all"; after `payload synthetic 60` (70 partnerships + 2 friendly) and a cache expiry,
// the home page lists the first PAGE_SIZE with a see-all link, /{locale}/partnerships?page=N&country=XX
// pages through every published partnership exactly once (invalid page/country or past the last → 404),
// the map shows one point per country and kind whose counts match the database, the timeline
// counts per year, and /sitemap.xml stays one urlset listing the new pages (/sitemaps/N.xml as it should).

const email = 'scale@example.org'
const password = 'correct-horse-battery-staple'
const SYNTHETIC = 60
const LOCALES = localeCodes()

type Doc = {
  id: number | string
  slug: string
  name: string
  country: string
  status?: 'active' | 'ended' | 'suspended'
  agreementDate?: string
  location?: { latitude?: number | null; longitude?: number | null } | null
}

let server: RunningServer
beforeAll(async () => {
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
}, 900_000)
afterAll(async () => {
  await server?.stop()
})

// --- reading pages ------------------------------------------------------------------------------

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })

/** The page's HTML without Next's inline scripts (the RSC payload repeats every link as JSON). */
async function html(path: string): Promise<string> {
  const response = await get(path)
  const body = await response.text()
  expect(response.status, `${path}\n${body.slice(0, 500)}`).toBe(200)
  return body.replace(/<script\b[\s\S]*?<\/script>/g, '')
}

const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
  return value === undefined ? undefined : decode(value)
}

function only(text: string, pattern: RegExp, what: string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))]
  expect(matches.length, `exactly one ${what}`).toBe(1)
  return matches[0][1]
}

/** The city pages linked from the (single) city list of a page, in order. */
function listed(page: string, locale: string, base: string): string[] {
  const list = only(page, /<ul class="city-list">([\s\S]*?)<\/ul>/, 'city list')
  const items = [...list.matchAll(/<li [^>]*class="city-list__item[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map(
    ([, item]) => item,
  )
  const prefix = `/${locale}${base}/`
  return items.map((item) => {
    const href = attribute(/<a [^>]*>/.exec(item)?.[0] ?? '', 'href') ?? ''
    expect(href.startsWith(prefix), href).toBe(true)
    return href.slice(prefix.length)
  })
}

const partnershipsSection = (home: string) =>
  only(home, /<section aria-labelledby="partnerships-heading">([\s\S]*?)<\/section>/, 'partnerships section')

const seeAllLinks = (page: string) =>
  [...page.matchAll(/<p class="see-all">\s*(<a [^>]*>)([\s\S]*?)<\/a>/g)].map(([, tag, text]) => ({
    href: attribute(tag, 'href'),
    text: decode(text.replace(/<!-- -->/g, '')),
  }))

function pagination(page: string) {
  const nav = /<nav class="pagination"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1]
  if (!nav) return undefined
  const rel = (name: string) => {
    const tag = [...nav.matchAll(/<a [^>]*>/g)].map(([tag]) => tag).find((tag) => attribute(tag, 'rel') === name)
    return tag && attribute(tag, 'href')
  }
  return {
    prev: rel('prev'),
    next: rel('next'),
    current: decode(/<span aria-current="page">([\s\S]*?)<\/span>/.exec(nav)?.[1] ?? ''),
  }
}

type MapLink = { href: string; label: string; text?: string; title?: string }

function mapLinks(home: string): MapLink[] {
  const figure = only(home, /<figure class="partner-map"[^>]*>([\s\S]*?)<\/figure>/, 'map')
  return [...figure.matchAll(/(<a [^>]*class="partner-map__link"[^>]*>)([\s\S]*?)<\/a>/g)].map(([, tag, inner]) => {
    const text = /<text [^>]*class="partner-map__label"[^>]*>([^<]*)<\/text>/.exec(inner)?.[1]
    const title = /<title>([^<]*)<\/title>/.exec(inner)?.[1]
    return {
      href: attribute(tag, 'href') ?? '',
      label: attribute(tag, 'aria-label') ?? '',
      text: text === undefined ? undefined : decode(text),
      title: title === undefined ? undefined : decode(title),
    }
  })
}

type Year = { year: number; count?: string; slugs: string[] }

function timeline(home: string, locale: string): Year[] {
  const list = only(home, /<ol class="timeline">([\s\S]*?)<\/ol>/, 'timeline')
  return list
    .split('<span class="timeline__year">')
    .slice(1)
    .map((item) => ({
      year: Number(/^(\d+)<\/span>/.exec(item)?.[1]),
      count: /<span class="timeline__count">([^<]*)<\/span>/.exec(item)?.[1],
      slugs: [...item.matchAll(new RegExp(`<a href="/${locale}/partnerships/([^"]+)"`, 'g'))].map(([, slug]) => slug),
    }))
}

// --- what the database says (the anonymous REST API: published only) ----------------------------

async function published(
  collection: 'partnerships' | 'friendly-cities' | 'history-articles' | 'activities',
): Promise<Doc[]> {
  const response = await fetch(`${server.url}/api/${collection}?locale=pl&limit=1000&depth=0`)
  expect(response.status).toBe(200)
  const { docs, totalDocs } = await response.json()
  expect(docs).toHaveLength(totalDocs)
  return docs
}

const located = (doc: Doc) => doc.location?.latitude != null && doc.location?.longitude != null

const countBy = <T>(items: T[], key: (item: T) => string | number) => {
  const counts = new Map<string | number, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

const synthetic = (index: number) => `syntetyczne-${String(index).padStart(5, '0')}`

async function sitemapLocs(path: string): Promise<string[]> {
  const response = await get(path)
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
  return [...(await response.text()).matchAll(/<url>\s*<loc>([^<]*)<\/loc>/g)].map(([, loc]) => decode(loc))
}

/** Every page the sitemap should hold: the fixed ones and each published document, in every language. */
async function expectedSitemapCount() {
  const [partnerships, friendly, history, activities] = await Promise.all(
    (['partnerships', 'friendly-cities', 'history-articles', 'activities'] as const).map((collection) =>
      published(collection),
    ),
  )
  // Home, the two city lists, the activities list, the accessibility statement, open data.
  return (6 + partnerships.length + friendly.length + history.length + activities.length) * LOCALES.length
}

// --- pure functions --------------------------------------------------------------------------------

describe('sitemap files', () => {
  it('split into files of at most SITEMAP_URL_LIMIT URLs, in order, with one (empty) file for none', () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000)
    const urls = Array.from({ length: 120_001 }, (_, index) => index)
    const chunks = sitemapChunks(urls)
    expect(chunks.map((chunk) => chunk.length)).toEqual([50_000, 50_000, 20_001])
    expect(chunks.flat()).toEqual(urls)
    expect(sitemapChunks([])).toEqual([[]])
    expect(sitemapChunks(urls.slice(0, 50_000))).toHaveLength(1)
    expect(sitemapChunks(urls.slice(0, 50_001)).map((chunk) => chunk.length)).toEqual([50_000, 1])
    expect(sitemapChunks(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']])
  })

  it('escape what they hold: a urlset and an index that read back as the URLs given', () => {
    const tricky = `https://example.org/pl/a?x=1&y=<2>&q="it's"`
    const url = {
      loc: tricky,
      lastmod: '2024-01-02T03:04:05.000Z',
      alternates: { pl: tricky, 'x-default': 'https://example.org/pl/a&b' },
    }
    const xml = urlsetXml([url, { loc: 'https://example.org/en', alternates: {} }])
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
      ),
    ).toBe(true)
    // Every & starts an entity, and no < or quote is left raw inside a value.
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/)
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => body)
    expect(urls).toHaveLength(2)
    expect(decode(/<loc>([^<]*)<\/loc>/.exec(urls[0])![1])).toBe(tricky)
    const links = [...urls[0].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)" \/>/g)]
    expect(Object.fromEntries(links.map(([, lang, href]) => [lang, decode(href)]))).toEqual(url.alternates)
    expect(/<lastmod>([^<]*)<\/lastmod>/.exec(urls[0])![1]).toBe(url.lastmod)
    expect(urls[1]).not.toContain('<lastmod>')
    expect(urlsetXml([])).not.toContain('<url>')

    const previous = process.env.SERVER_URL
    process.env.SERVER_URL = 'https://miasta.example'
    try {
      const index = sitemapIndexXml(['/sitemaps/1.xml', '/sitemaps/a&b.xml'])
      expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
      expect(index).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/)
      expect([...index.matchAll(/<sitemap><loc>([^<]*)<\/loc><\/sitemap>/g)].map(([, loc]) => decode(loc))).toEqual([
        'https://miasta.example/sitemaps/1.xml',
        'https://miasta.example/sitemaps/a&b.xml',
      ])
    } finally {
      if (previous === undefined) delete process.env.SERVER_URL
      else process.env.SERVER_URL = previous
    }
  })
})

describe('the map with dropCrowdedLabels', () => {
  // Thirty cities within a few kilometres of each other and two far apart: most labels cannot fit.
  const cities: MapCity[] = [
    ...Array.from({ length: 30 }, (_, index) => ({
      id: index,
      name: `Gęste ${index}`,
      href: `/pl/partnerships/geste-${index}`,
      latitude: 50 + (index % 6) * 0.02,
      longitude: 10 + Math.floor(index / 6) * 0.02,
      kind: 'partnership' as const,
    })),
    {
      id: 'far-1',
      name: 'Daleko Zachód',
      href: '/pl/partnerships/a',
      latitude: 40,
      longitude: -8,
      kind: 'partnership',
    },
    {
      id: 'far-2',
      name: 'Daleko Wschód',
      href: '/pl/friendly-cities/b',
      latitude: 56,
      longitude: 40,
      kind: 'friendly',
    },
  ]
  const render = (dropCrowdedLabels: boolean) =>
    mapLinks(
      renderToStaticMarkup(
        createElement(PartnerMap, {
          cities,
          home: { name: 'Piotrków Trybunalski', latitude: 51.405, longitude: 19.6933 },
          title: 'Mapa',
          description: 'Opis',
          labels: { home: 'nasze miasto', ended: 'zakończone', friendly: 'zaprzyjaźnione' },
          dropCrowdedLabels,
        }),
      ),
    )
  const nameOf = (link: MapLink) => cities.find((city) => city.href === link.href)!.name

  it('by default labels every marker', () => {
    const links = render(false)
    expect(links).toHaveLength(cities.length)
    for (const link of links) {
      expect(link.text, link.href).toBe(nameOf(link))
      expect(link.title, link.href).toBeUndefined()
    }
  })

  it('leaves out the labels that found no free place, and those markers keep their name in a <title>', () => {
    const all = render(false)
    const links = render(true)
    expect(links.map((link) => link.href)).toEqual(all.map((link) => link.href))
    const dropped = links.filter((link) => link.text === undefined)
    expect(dropped.length).toBeGreaterThan(0)
    expect(dropped.length).toBeLessThan(cities.length)
    for (const link of links) {
      // Exactly one of the two, with the city's name; the link's accessible name is unchanged.
      expect(
        [link.text, link.title].filter((name) => name !== undefined),
        link.href,
      ).toEqual([nameOf(link)])
      expect(link.label).toBe(all.find((other) => other.href === link.href)!.label)
    }
    // The lone cities far from the cluster always find a place.
    expect(
      links.filter((link) => link.href.endsWith('/a') || link.href.endsWith('/b')).every((link) => link.text),
    ).toBe(true)
  })
})

// --- the running site ------------------------------------------------------------------------------

describe('at the seed’s 12 cities', () => {
  it('the database has 10 partnerships and 2 friendly cities, all located', async () => {
    const [partnerships, friendly] = await Promise.all([published('partnerships'), published('friendly-cities')])
    expect(partnerships).toHaveLength(10)
    expect(friendly).toHaveLength(2)
    expect(partnerships.length + friendly.length).toBeLessThanOrEqual(MAP_CITY_LIMIT)
    expect([...partnerships, ...friendly].every(located)).toBe(true)
  })

  it('the home page lists every partnership, with no see-all link', async () => {
    const home = await html('/pl')
    const partnerships = await published('partnerships')
    expect(listed(partnershipsSection(home), 'pl', '/partnerships').sort()).toEqual(
      partnerships.map((doc) => doc.slug).sort(),
    )
    expect(home).not.toContain('class="see-all"')
  })

  it('the home map links each city to its page, each with a visible label', async () => {
    const links = mapLinks(await html('/pl'))
    const [partnerships, friendly] = await Promise.all([published('partnerships'), published('friendly-cities')])
    const pages = [
      ...partnerships.map((doc) => `/pl/partnerships/${doc.slug}`),
      ...friendly.map((doc) => `/pl/friendly-cities/${doc.slug}`),
    ]
    expect(links.map((link) => link.href).sort()).toEqual(pages.sort())
    for (const link of links) {
      expect(link.text, link.href).toBeTruthy()
      expect(link.title, link.href).toBeUndefined()
      expect(link.label.startsWith(link.text!)).toBe(true)
    }
  })

  it('the timeline names the cities of each year', async () => {
    const years = timeline(await html('/pl'), 'pl')
    const partnerships = await published('partnerships')
    expect(years.every((year) => year.count === undefined)).toBe(true)
    expect(years.flatMap((year) => year.slugs).sort()).toEqual(partnerships.map((doc) => doc.slug).sort())
    for (const { year, slugs } of years) {
      for (const slug of slugs)
        expect(new Date(partnerships.find((doc) => doc.slug === slug)!.agreementDate!).getUTCFullYear()).toBe(year)
    }
  })

  it('/pl/partnerships is one page (no pagination); page 2 is not found', async () => {
    const page = await html('/pl/partnerships')
    expect(listed(page, 'pl', '/partnerships')).toHaveLength(10)
    expect(pagination(page)).toBeUndefined()
    expect(listed(await html('/pl/partnerships?page=1'), 'pl', '/partnerships')).toEqual(
      listed(page, 'pl', '/partnerships'),
    )
    expect((await get('/pl/partnerships?page=2')).status).toBe(404)
  })

  it('the sitemap lists every page, without synthetic ones yet', async () => {
    const locs = await sitemapLocs('/sitemap.xml')
    expect(locs).toHaveLength(await expectedSitemapCount())
    expect(locs.some((loc) => loc.includes('syntetyczne'))).toBe(false)
  })

  it('the revalidation route refuses a wrong token', async () => {
    const response = await fetch(`${server.url}/next/revalidate`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-the-token', 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['payload:partnerships'] }),
    })
    expect(response.status).toBe(401)
  })
})

describe(`after \`payload synthetic ${SYNTHETIC}\` (70 partnerships and 2 friendly cities)`, () => {
  let partnerships: Doc[]
  let friendly: Doc[]
  beforeAll(async () => {
    const { status, output } = await payloadCliAsync(['synthetic', String(SYNTHETIC)], server.env)
    expect(status, output).toBe(0)
    expect(output).toContain(`${SYNTHETIC} synthetic partner cities`)
    // The script bypasses the publish hooks' cache expiry; the caller expires the tag.
    const response = await fetch(`${server.url}/next/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidateToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['payload:partnerships'] }),
    })
    expect(response.status, await response.text()).toBe(204)
    ;[partnerships, friendly] = await Promise.all([published('partnerships'), published('friendly-cities')])
  }, 300_000)

  it('the script added published partner cities syntetyczne-00001… until there are 60', async () => {
    expect(partnerships).toHaveLength(10 + SYNTHETIC)
    expect(friendly).toHaveLength(2)
    const added = partnerships.filter((doc) => doc.slug.startsWith('syntetyczne-'))
    expect(added.map((doc) => doc.slug).sort()).toEqual(
      Array.from({ length: SYNTHETIC }, (_, index) => synthetic(index + 1)),
    )
    for (const doc of added) {
      expect(doc.name).toBe(`Syntetyczne ${doc.slug.slice('syntetyczne-'.length)}`)
      expect(located(doc), doc.slug).toBe(true)
    }
    // Again with the same N: nothing more to add.
    const again = await payloadCliAsync(['synthetic', String(SYNTHETIC)], server.env)
    expect(again.status, again.output).toBe(0)
    expect(await published('partnerships')).toHaveLength(10 + SYNTHETIC)
    const wrong = await payloadCliAsync(['synthetic', 'many'], server.env)
    expect(wrong.status).not.toBe(0)
    expect(wrong.output).toContain('Usage: npm run payload -- synthetic N')
  }, 180_000)

  it('the home page lists the first page of partnerships and a see-all link to the rest', async () => {
    expect(PAGE_SIZE).toBe(50)
    const home = await html('/pl')
    const first = listed(partnershipsSection(home), 'pl', '/partnerships')
    expect(first).toHaveLength(PAGE_SIZE)
    expect(first).toEqual(listed(await html('/pl/partnerships'), 'pl', '/partnerships'))
    expect(seeAllLinks(partnershipsSection(home))).toEqual([
      { href: '/pl/partnerships', text: expect.stringContaining(`(${partnerships.length})`) },
    ])
    // Only the partnerships have more than a page.
    expect(seeAllLinks(home)).toHaveLength(1)
  })

  it('/pl/partnerships pages through every published partnership once, in list order', async () => {
    const first = await html('/pl/partnerships')
    const second = await html('/pl/partnerships?page=2')
    const slugs = [...listed(first, 'pl', '/partnerships'), ...listed(second, 'pl', '/partnerships')]
    expect(listed(first, 'pl', '/partnerships')).toHaveLength(PAGE_SIZE)
    expect(listed(second, 'pl', '/partnerships')).toHaveLength(partnerships.length - PAGE_SIZE)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect([...slugs].sort()).toEqual(partnerships.map((doc) => doc.slug).sort())
    // Active first, then ended (and suspended), each by agreement date: page 2 continues page 1.
    const docs = slugs.map((slug) => partnerships.find((doc) => doc.slug === slug)!)
    for (let index = 1; index < docs.length; index++) {
      const [a, b] = [docs[index - 1], docs[index]]
      const key = (doc: Doc) => `${doc.status}|${doc.agreementDate}`
      expect(key(a) <= key(b), `${a.slug} before ${b.slug}`).toBe(true)
    }
    expect(pagination(first)).toEqual({ prev: undefined, next: '/pl/partnerships?page=2', current: 'Strona 1 z 2' })
    expect(pagination(second)).toEqual({ prev: '/pl/partnerships', next: undefined, current: 'Strona 2 z 2' })
  })

  it('in another language too', async () => {
    const second = listed(await html('/en/partnerships?page=2'), 'en', '/partnerships')
    expect(second).toEqual(listed(await html('/pl/partnerships?page=2'), 'pl', '/partnerships'))
  })

  it('?country=DE lists the German partnerships and only those', async () => {
    const page = await html('/pl/partnerships?country=DE')
    const german = partnerships.filter((doc) => doc.country === 'DE').map((doc) => doc.slug)
    expect(german.length).toBeGreaterThanOrEqual(2)
    expect(listed(page, 'pl', '/partnerships').sort()).toEqual(german.sort())
    const metas = [...page.matchAll(/<span class="city-list__meta">([^<]*)/g)].map(([, meta]) => meta)
    expect(metas).toHaveLength(german.length)
    expect(metas.every((meta) => meta === countryName('DE', 'pl'))).toBe(true)
    expect(pagination(page)).toBeUndefined()
    const friendlyCountry = friendly[0].country
    expect(
      listed(await html(`/pl/friendly-cities?country=${friendlyCountry}`), 'pl', '/friendly-cities').sort(),
    ).toEqual(
      friendly
        .filter((doc) => doc.country === friendlyCountry)
        .map((doc) => doc.slug)
        .sort(),
    )
  })

  it('an invalid page or country, or a page past the last, is not found', async () => {
    const notFound = [
      '/pl/partnerships?page=3',
      '/pl/partnerships?page=0',
      '/pl/partnerships?page=abc',
      '/pl/partnerships?page=-1',
      '/pl/partnerships?page=1.5',
      '/pl/partnerships?page=02',
      '/pl/partnerships?page=2&page=3',
      '/pl/partnerships?country=xx',
      '/pl/partnerships?country=DEU',
      '/pl/partnerships?country=DE&page=2',
      '/pl/friendly-cities?page=2',
      '/en/partnerships?page=3',
    ]
    for (const path of notFound) expect((await get(path)).status, path).toBe(404)
  })

  it('past MAP_CITY_LIMIT cities the home map shows one point per country and kind, with counts that match the database', async () => {
    expect(MAP_CITY_LIMIT).toBe(40)
    const home = await html('/pl')
    const links = mapLinks(home)
    expect(links.length).toBeGreaterThan(0)
    // Bounded by the countries, not the cities: 60 synthetic cities in 40 countries plus the seed's.
    expect(links.length).toBeLessThan(partnerships.length + friendly.length)
    expect(new Set(links.map((link) => link.href)).size).toBe(links.length)
    const counts = {
      partnerships: countBy(partnerships.filter(located), (doc) => doc.country),
      'friendly-cities': countBy(friendly.filter(located), (doc) => doc.country),
    }
    const shown: number[] = []
    for (const link of links) {
      const [, kind, country] = /^\/pl\/(partnerships|friendly-cities)\?country=([A-Z]{2})$/.exec(link.href) ?? []
      expect(kind, `a country's point, not a city's: ${link.href}`).toBeDefined()
      const count = counts[kind as keyof typeof counts].get(country)
      expect(count, link.href).toBeGreaterThan(0)
      const name = `${countryName(country, 'pl')} (${count})`
      expect(link.label.startsWith(name), `${link.label} ≠ ${name}`).toBe(true)
      // The label, or when it found no free place the marker's <title>, says the same.
      expect([link.text, link.title].filter((text) => text !== undefined)).toEqual([name])
      shown.push(count!)
    }
    // Largest first, every country.
    const all = [...counts.partnerships.values(), ...counts['friendly-cities'].values()].sort((a, b) => b - a)
    expect(shown).toEqual(all)
    expect(only(home, /<figcaption class="partner-map__caption"[^>]*>([^<]*)<\/figcaption>/, 'caption')).toContain(
      String(partnerships.length + friendly.length),
    )
    // Each point opens the list of its country's cities.
    for (const link of links.slice(0, 5)) {
      const [, kind, country] = /^\/pl\/(partnerships|friendly-cities)\?country=([A-Z]{2})$/.exec(link.href)!
      const docs = kind === 'partnerships' ? partnerships : friendly
      const expected = docs.filter((doc) => doc.country === country).map((doc) => doc.slug)
      expect(listed(await html(link.href), 'pl', `/${kind}`).sort()).toEqual(expected.sort())
    }
  })

  it('the home map accounts for every located city', async () => {
    const links = mapLinks(await html('/pl'))
    const total = (kind: string) =>
      links
        .filter((link) => link.href.startsWith(`/pl/${kind}?`))
        .reduce((sum, link) => sum + Number(/\((\d+)\)/.exec(link.label)?.[1]), 0)
    expect(total('partnerships')).toBe(partnerships.filter(located).length)
    expect(total('friendly-cities')).toBe(friendly.filter(located).length)
  })

  it('the timeline counts the agreements of each year instead of naming them', async () => {
    const years = timeline(await html('/pl'), 'pl')
    expect(years.every((year) => year.slugs.length === 0)).toBe(true)
    const expected = countBy(partnerships, (doc) => new Date(doc.agreementDate!).getUTCFullYear())
    expect(years.map((year) => year.year)).toEqual([...expected.keys()].sort((a, b) => Number(a) - Number(b)))
    for (const { year, count } of years) {
      expect(count, String(year)).toMatch(/^\d+ (umowa|umowy|umów)$/)
      expect(Number.parseInt(count!, 10), String(year)).toBe(expected.get(year))
    }
  })

  it('/sitemap.xml is still one urlset, now with the synthetic pages; /sitemaps/1.xml is the same file', async () => {
    const response = await get('/sitemap.xml')
    const xml = await response.text()
    expect(xml).toContain('<urlset ')
    expect(xml).not.toContain('<sitemapindex')
    const locs = await sitemapLocs('/sitemap.xml')
    expect(locs).toHaveLength(await expectedSitemapCount())
    expect(new Set(locs).size).toBe(locs.length)
    for (let index = 1; index <= SYNTHETIC; index++) {
      for (const locale of LOCALES) expect(locs).toContain(`${server.url}/${locale}/partnerships/${synthetic(index)}`)
    }
    const file = await get('/sitemaps/1.xml')
    expect(file.status).toBe(200)
    expect(await file.text()).toBe(xml)
    for (const path of [
      '/sitemaps/2.xml',
      '/sitemaps/0.xml',
      '/sitemaps/01.xml',
      '/sitemaps/abc.xml',
      '/sitemaps/1.json',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })
})
