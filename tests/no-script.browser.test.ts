import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

import { launchBrowser } from './helpers/browser'
import { payloadCliAsync } from './helpers/cli'
import { READER_PAGES } from './helpers/html'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Issue 14: readers' pages ship no JavaScript, so everything a reader does must work with plain
 * links, in Chromium with JavaScript off: the language switcher, the map's markers, a country's list,
 * pagination. And a reader whose browser does run JavaScript downloads none.
 *
 * Its own file, not tests/site.browser.test.ts: pagination needs more than 50 cities, and that
 * file's checks are about the 12 seeded ones. Two servers: `seeded` (the seed's 12 cities, so the
 * home map has a marker per city) and `many` (60 synthetic partnerships more, added before any
 * page is read: the home map then shows countries, and the list has two pages).
 */

const LOCALES = localeCodes()
const PAGES = READER_PAGES
const PAGE_ROWS = Object.entries(PAGES).map(([type, path], index) => ({
  type,
  path,
  // A different language for each page type, so every language is clicked to from somewhere.
  to: LOCALES[1 + (index % (LOCALES.length - 1))],
}))

let seeded: RunningServer
let many: RunningServer
let browser: Browser
beforeAll(async () => {
  ;[seeded, many] = await Promise.all([startProductionServer(), startProductionServer()])
  const added = await payloadCliAsync(['synthetic', '60'], many.env)
  if (added.status !== 0) throw new Error(`synthetic cities: ${added.output}`)
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await Promise.all([seeded?.stop(), many?.stop()])
})

const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})

/** A page in a fresh context, JavaScript off unless told. */
async function open(server: RunningServer, path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ javaScriptEnabled: false, ...options })
  contexts.push(context)
  const page = await context.newPage()
  const response = await page.goto(`${server.url}${path}`)
  expect(response?.status(), path).toBe(200)
  return page
}

/** Follows a link as a reader does (a click) and checks where it led. */
async function follow(page: Page, selector: string, server: RunningServer, path: string) {
  const link = page.locator(selector).first()
  expect(await link.count(), selector).toBe(1)
  const [response] = await Promise.all([page.waitForNavigation(), link.click()])
  expect(page.url()).toBe(`${server.url}${path}`)
  expect(response?.status(), path).toBe(200)
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

describe('without JavaScript: the language switcher', () => {
  it.each(PAGE_ROWS)(
    'on the $type page leads to the same page in every language ($to and back)',
    async ({ path, to }) => {
      const page = await open(seeded, `/pl${path}`)
      expect(await hrefs(page, '.language-switcher a')).toEqual(LOCALES.map((code) => `/${code}${path}`))
      await follow(page, `.language-switcher a[hreflang="${to}"]`, seeded, `/${to}${path}`)
      expect(await page.locator('html').getAttribute('lang')).toBe(to)
      await follow(page, '.language-switcher a[hreflang="pl"]', seeded, `/pl${path}`)
      expect(await page.locator('html').getAttribute('lang')).toBe('pl')
    },
  )
})

describe('without JavaScript: the map', () => {
  it('a marker on the home map opens its city’s page (12 cities: a marker per city)', async () => {
    const page = await open(seeded, '/pl')
    const markers = await hrefs(page, '.partner-map__svg a')
    expect(markers).toContain('/pl/partnerships/ness-ziona')
    // Ness Ziona: far from the others, so nothing else lies over its marker.
    await follow(page, '.partner-map__svg a[href="/pl/partnerships/ness-ziona"]', seeded, '/pl/partnerships/ness-ziona')
    expect(await page.locator('h1').textContent()).toBe('Ness Ziona')
  })

  it('past 40 cities a country’s point opens that country’s list, and only its cities are on it', async () => {
    const page = await open(many, '/pl')
    // Points in crowded parts of the map overlap; a reader clicks one that lies on top.
    const country = await page.locator('.partner-map__svg a[href^="/pl/partnerships?country="]').evaluateAll((links) =>
      links
        .filter((link) => {
          const box = link.getBoundingClientRect()
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
          return hit?.closest('a') === link
        })
        .map((link) => new URL(link.getAttribute('href')!, 'http://x').searchParams.get('country')!),
    )
    expect(country.length, 'country points not covered by another').toBeGreaterThan(0)
    const path = `/pl/partnerships?country=${country[0]}`
    await follow(page, `.partner-map__svg a[href="${path}"]`, many, path)
    const api = await fetch(
      `${many.url}/api/partnerships?where[country][equals]=${country[0]}&locale=pl&limit=100&depth=0`,
    )
    const listed = ((await api.json()).docs as { slug: string }[]).map((doc) => `/pl/partnerships/${doc.slug}`)
    expect(listed.length).toBeGreaterThan(0)
    expect((await hrefs(page, 'main .city-list a')).sort()).toEqual(listed.sort())
  })
})

describe('without JavaScript: pagination (70 partnerships, 50 a page)', () => {
  it.each(['pl', 'he'])('%s: next and previous page through the list', async (locale) => {
    const page = await open(many, `/${locale}/partnerships`)
    const first = await hrefs(page, 'main .city-list a')
    expect(first).toHaveLength(50)
    await follow(page, '.pagination a[rel="next"]', many, `/${locale}/partnerships?page=2`)
    const second = await hrefs(page, 'main .city-list a')
    expect(second).toHaveLength(20)
    expect(second.filter((href) => first.includes(href))).toEqual([])
    // The switcher keeps the page.
    expect(await hrefs(page, '.language-switcher a[hreflang="en"]')).toEqual(['/en/partnerships?page=2'])
    await follow(page, '.pagination a[rel="prev"]', many, `/${locale}/partnerships`)
    expect(await hrefs(page, 'main .city-list a')).toEqual(first)
  })
})

describe('with JavaScript on, a reader’s browser downloads no script', () => {
  const rows = ['pl', 'he'].flatMap((locale) => PAGE_ROWS.map(({ type, path }) => ({ locale, type, path })))
  it.each(rows)('$locale $type', async ({ locale, path }) => {
    const context = await browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    const scripts: string[] = []
    const refused: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname))
        scripts.push(request.url())
    })
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
    })
    const response = await page.goto(`${seeded.url}/${locale}${path}`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    expect.soft(scripts, 'scripts downloaded').toEqual([])
    // A script left in the page would be blocked by `script-src 'none'` and reported here.
    expect.soft(refused, 'CSP violations').toEqual([])
  })
})
