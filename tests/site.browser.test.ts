import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { launchBrowser, screenshotDir } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

// Spec: the public site, in Chromium, against a production build on a seeded database. Every page
// type shows the right content in the reader's language and direction, passes axe (WCAG 2.1 A/AA)
// on a phone and a desktop, works without JavaScript, links to itself in every language, and shows
// a publish (but never a draft) to the very next request.

const email = 'redakcja@example.org'
const password = 'correct-horse-battery-staple'

const LOCALES = ['pl', 'en', 'de', 'fr', 'uk', 'he'] as const
type Locale = (typeof LOCALES)[number]
const WIDTHS = [375, 1280] as const

const PARTNERSHIPS = [
  'esslingen-nad-neckarem',
  'maladeczno',
  'rowne',
  'mosonmagyarovar',
  'marijampole',
  'vienne',
  'kostroma',
  'zagubica',
  'ness-ziona',
  'petrinja',
]
const FRIENDLY = ['velenje', 'udine']

/** One page of each type, as the path after the locale. */
const PAGES = {
  home: '',
  partnership: '/partnerships/esslingen-nad-neckarem',
  ended: '/partnerships/kostroma',
  friendly: '/friendly-cities/udine',
  history: '/history/idea-miast-partnerskich',
  accessibility: '/accessibility',
  openData: '/open-data',
  notFound: '/nope',
} as const
type PageType = keyof typeof PAGES

let server: RunningServer
let browser: Browser
let admin: ReturnType<typeof httpApi>
beforeAll(async () => {
  // A server with a page cache of its own: pages cached by other test servers must not be served.
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  browser = await launchBrowser()
  admin = httpApi(server)
  await admin.login({ email, password })
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

// ---------------------------------------------------------------------------------------------
// Helpers

// Each test's browser contexts are closed after it, whether it passed or not.
const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})

/** A fresh browser context (desktop unless told) on `urlPath`. */
async function open(urlPath: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  contexts.push(context)
  const page = await context.newPage()
  const response = await page.goto(`${server.url}${urlPath}`)
  return { page, status: response?.status() }
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim()

async function idOf(slug: string): Promise<number | string> {
  const { docs } = await admin.json('GET', `/partnerships?where[slug][equals]=${slug}&draft=true&limit=1`)
  return docs[0].id
}

/**
 * A publish must be visible to the very next request once the REST call has returned: the hooks
 * expire the cache before answering, so no reader is ever served the old page afterwards. Asserting
 * that, not a time, keeps the test independent of how busy the machine is; how long the whole round
 * trip takes is the benchmark's publish-to-visible figure. On failure it keeps polling for a while to
 * say whether the change came late (a stale window) or never.
 */
async function atOnce(what: string, check: () => Promise<boolean>): Promise<void> {
  if (await check()) return
  const start = Date.now()
  while (Date.now() - start < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    if (await check())
      throw new Error(`${what}: not on the first request after the change, only ${Date.now() - start} ms later`)
  }
  throw new Error(`${what}: still not the case 10 s after the change`)
}

const sitemap = async () => (await fetch(`${server.url}/sitemap.xml`)).text()

// axe-core, injected as source so that it runs in the page.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
type Violation = { id: string; impact?: string | null; help: string; targets: string[] }

/** The page must be opened with `bypassCSP`: the readers' pages allow no script, axe's included. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: any }).axe
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node: any) => node.target.join(' ')),
    }))
  }, AXE_TAGS)
}

const describeViolations = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n')

// ---------------------------------------------------------------------------------------------
// Content of every page type in pl, en and he

type Row = {
  locale: 'pl' | 'en' | 'he'
  type: PageType
  status?: number
  h1: string
  /** The h1 is a Polish fallback, so it must say so with lang="pl". */
  h1Lang?: string
  check?: (page: Page) => Promise<void>
}

const T = {
  footerLink: { pl: 'Deklaracja dostępności', en: 'Accessibility statement', he: 'הצהרת נגישות' },
  ended: { pl: 'Zakończone', en: 'Ended', he: 'הסתיימה' },
}

/** Day and year digits, whatever the language's word order and month name. */
const dayAndYear = (day: number, year: number) => new RegExp(`^(?=.*\\b${day}\\b)(?=.*\\b${year}\\b)`)

const esslingenDate = { pl: /^25 września 1992$/, en: dayAndYear(25, 1992), he: dayAndYear(25, 1992) }

const contentRows: Row[] = (['pl', 'en', 'he'] as const).flatMap((locale): Row[] => [
  {
    locale,
    type: 'home',
    h1: {
      pl: 'Miasta partnerskie Piotrkowa Trybunalskiego',
      en: 'Twin cities of Piotrków Trybunalski',
      he: 'הערים התאומות של פיוטרקוב טריבונלסקי',
    }[locale],
    check: async (page) => {
      const esslingen = page.locator(`.city-list a[href="/${locale}${PAGES.partnership}"]`)
      expect(await esslingen.textContent()).toBe(
        { pl: 'Esslingen nad Neckarem', en: 'Esslingen am Neckar', he: 'אסלינגן אם נקר' }[locale],
      )
      expect(await esslingen.locator('xpath=..').locator('.city-list__meta').textContent()).toMatch(
        locale === 'pl' ? /25 września 1992/ : /25.*1992|1992.*25/,
      )
    },
  },
  {
    locale,
    type: 'partnership',
    h1: { pl: 'Esslingen nad Neckarem', en: 'Esslingen am Neckar', he: 'אסלינגן אם נקר' }[locale],
    check: async (page) => {
      const date = page.locator('main .facts time')
      expect(await date.getAttribute('datetime')).toBe('1992-09-25')
      expect((await date.textContent())?.trim()).toMatch(esslingenDate[locale])
    },
  },
  {
    locale,
    type: 'ended',
    h1: { pl: 'Kostroma', en: 'Kostroma', he: 'קוסטרומה' }[locale],
    check: async (page) => {
      // The status in the facts, and the 2022 decision with its source.
      const status = page.locator('.facts dt', { hasText: { pl: 'Status', en: 'Status', he: 'סטטוס' }[locale] })
      expect((await status.locator('xpath=following-sibling::dd[1]').textContent())?.trim()).toBe(T.ended[locale])
      const decision = page.locator('.status-history > li').first()
      expect(await decision.locator('.status-history__status strong').textContent()).toBe(T.ended[locale])
      expect(await decision.locator('.status-history__status time').textContent()).toBe('2022')
      const source = decision.locator('a[href^="https://epiotrkow.pl/"]')
      expect(await source.count()).toBe(1)
      expect(await source.textContent()).toBe('epiotrkow.pl')
    },
  },
  {
    locale,
    type: 'friendly',
    h1: { pl: 'Udine', en: 'Udine', he: 'אודינה' }[locale],
    check: async (page) => {
      // Udine has no known date: no date row and no <time> at all.
      expect(await page.locator('main time').count()).toBe(0)
      expect(await page.locator('main .facts dt').allTextContents()).not.toContain(
        { pl: 'Data listu', en: 'Date of the letter', he: 'תאריך המכתב' }[locale],
      )
      expect(await text(page, '.city__kind')).toBe(
        { pl: 'Miasto zaprzyjaźnione', en: 'Friendly city', he: 'עיר ידידה' }[locale],
      )
    },
  },
  {
    locale,
    type: 'history',
    h1: { pl: 'Idea miast partnerskich', en: 'The idea of twin cities', he: 'Idea miast partnerskich' }[locale],
    h1Lang: locale === 'he' ? 'pl' : undefined,
  },
  {
    locale,
    type: 'accessibility',
    h1: { pl: 'Deklaracja dostępności', en: 'Accessibility statement', he: 'הצהרת נגישות' }[locale],
  },
  {
    locale,
    type: 'openData',
    h1: { pl: 'Otwarte dane', en: 'Open data', he: 'מידע פתוח' }[locale],
    check: async (page) => {
      const files = await page
        .locator('main .downloads a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(files).toEqual([
        '/open-data/twin-cities.csv',
        '/open-data/twin-cities.json',
        '/open-data/twin-cities.geojson',
        '/open-data/twin-city-activities.csv',
        '/open-data/twin-city-activities.json',
        `/${locale}/activities/feed.xml`,
      ])
      // Every column of the files is described (the cities' 14, the activities' 12), and the
      // licence from the site settings is linked.
      expect(await page.locator('main table th[scope="row"]').count()).toBe(14 + 12)
      const licence = page.locator('main a[rel="license"]')
      expect(await licence.getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//)
      // English has its own licence name; Hebrew shows the Polish one, marked as Polish.
      expect(await licence.getAttribute('lang')).toBe(locale === 'he' ? 'pl' : null)
      const footerLink = page.locator(`footer a[href="/${locale}/open-data"]`)
      expect(await footerLink.count()).toBe(1)
    },
  },
  {
    locale,
    type: 'notFound',
    status: 404,
    h1: { pl: 'Nie znaleziono strony', en: 'Page not found', he: 'הדף לא נמצא' }[locale],
  },
])

describe('every page type in pl, en and he', () => {
  it.each(contentRows)('$locale $type', async ({ locale, type, status = 200, h1, h1Lang, check }) => {
    const { page, status: actual } = await open(`/${locale}${PAGES[type]}`)
    expect(actual).toBe(status)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.waitFor() // the 404 page may only appear once hydrated (see the no-JS test)
    expect(await heading.count()).toBe(1)
    expect((await heading.textContent())?.trim()).toBe(h1)
    expect(await heading.getAttribute('lang')).toBe(h1Lang ?? null)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'he' ? 'rtl' : 'ltr')
    // The accessibility statement is linked from the footer of every page.
    const footerLink = page.locator(`footer a[href="/${locale}/accessibility"]`)
    expect(await footerLink.count()).toBe(1)
    expect((await footerLink.textContent())?.trim()).toBe(T.footerLink[locale])
    await check?.(page)
  })
})

// Polish text shown for want of a translation keeps its own direction: on a Hebrew page it runs
// left to right (dir="ltr", or unicode-bidi: plaintext), or its punctuation lands at the wrong end
// (".Idea miast partnerskich nie jest nowa").
describe('Polish fallback text on Hebrew pages', () => {
  it.each(['home', 'ended', 'history', 'accessibility'] as const)('runs left to right on the %s page', async (type) => {
    const { page } = await open(`/he${PAGES[type]}`)
    const rightToLeft = await page.locator('[lang="pl"]').evaluateAll((elements) =>
      elements
        .filter((element) => !element.closest('.language-switcher'))
        .filter((element) => {
          const style = getComputedStyle(element)
          return style.direction !== 'ltr' && style.unicodeBidi !== 'plaintext'
        })
        .map((element) => `<${element.tagName.toLowerCase()}> ${element.textContent?.trim().slice(0, 60)}`),
    )
    expect(rightToLeft).toEqual([])
  })

  it.each(['de', 'he'])('the council’s note on an ended partnership falls back to Polish in %s', async (locale) => {
    const { page } = await open(`/${locale}${PAGES.ended}`)
    const note = page.locator('.status-history p[lang="pl"]', { hasText: 'Rada Miasta zakończyła współpracę' })
    expect(await note.count()).toBe(1)
  })
})

describe('routing', () => {
  it.each([
    { acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8', lands: '/de' },
    { acceptLanguage: 'he-IL,he;q=0.9', lands: '/he' },
    { acceptLanguage: 'xx', lands: '/pl' },
    { acceptLanguage: 'ja-JP,ja;q=0.9', lands: '/pl' },
  ])('/ with Accept-Language $acceptLanguage lands on $lands', async ({ acceptLanguage, lands }) => {
    const { page, status } = await open('/', { extraHTTPHeaders: { 'Accept-Language': acceptLanguage } })
    expect(status).toBe(200)
    expect(new URL(page.url()).pathname).toBe(lands)
    expect(await page.locator('html').getAttribute('lang')).toBe(lands.slice(1))
  })

  it.each(['/en/partnerships/nope', '/pl/friendly-cities/nope', '/he/history/nope'])('%s is a 404', async (urlPath) => {
    const { page, status } = await open(urlPath)
    expect(status).toBe(404)
    await page.getByRole('heading', { level: 1 }).waitFor()
  })

  // A browser asks for /favicon.ico by itself; a file the site does not have is a 404, not a crash.
  it.each(['/favicon.ico', '/logo.png'])('%s is a 404, not a server error', async (urlPath) => {
    const response = await fetch(`${server.url}${urlPath}`)
    expect(response.status).toBe(404)
  })
})

// ---------------------------------------------------------------------------------------------
// axe on every page type, pl and he, phone and desktop

const AXE_PAGES: PageType[] = ['home', 'partnership', 'friendly', 'history', 'accessibility', 'openData', 'notFound']
const axeRows = AXE_PAGES.flatMap((type) =>
  (['pl', 'he'] as const).flatMap((locale) => WIDTHS.map((width) => ({ type, locale, width }))),
)

describe('axe (WCAG 2.1 A and AA)', () => {
  it.each(axeRows)('$locale $type at $width px', async ({ type, locale, width }) => {
    const { page } = await open(`/${locale}${PAGES[type]}`, { viewport: { width, height: 900 }, bypassCSP: true })
    await page.getByRole('heading', { level: 1 }).waitFor()
    const violations = await axeViolations(page)
    expect(violations, describeViolations(violations)).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Without JavaScript

describe('without JavaScript', () => {
  it('the Polish home page lists every city as a link and maps each one once', async () => {
    const { page, status } = await open('/pl', { javaScriptEnabled: false })
    expect(status).toBe(200)
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort())
    const partnerPaths = PARTNERSHIPS.map((slug) => `/pl/partnerships/${slug}`).sort()
    const friendlyPaths = FRIENDLY.map((slug) => `/pl/friendly-cities/${slug}`).sort()
    expect(await hrefs('section[aria-labelledby="partnerships-heading"] .city-list a')).toEqual(partnerPaths)
    expect(await hrefs('section[aria-labelledby="friendly-heading"] .city-list a')).toEqual(friendlyPaths)
    expect(await hrefs('.partner-map__svg a')).toEqual([...partnerPaths, ...friendlyPaths].sort())
  })

  it('the maps draw their countries from an outline image that browsers and caches keep', async () => {
    for (const urlPath of ['/pl', '/pl/partnerships/vienne']) {
      const context = await browser.newContext({ javaScriptEnabled: false })
      contexts.push(context)
      const page = await context.newPage()
      const outlines = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/map/'))
      await page.goto(`${server.url}${urlPath}`)
      const response = await outlines
      expect(response.status(), urlPath).toBe(200)
      expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8')
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
      expect((await response.text()).match(/<path /g)?.length, urlPath).toBeGreaterThan(15)
    }
    const unknown = await fetch(`${server.url}/map/0.0.0_800x560_1_2_3_4_5_6.svg`)
    expect(unknown.status).toBe(404)
  })

  // The site is built to work without JavaScript (plain links, a server-rendered map), so the
  // not-found page must be in the HTML too, in the reader's language.
  const serverRendered404 = async (urlPath: string) => {
    const { page, status } = await open(urlPath, { javaScriptEnabled: false })
    expect(status).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Page not found'])
  }

  it('the not-found page for an unknown path is server-rendered, in its language', () => serverRendered404('/en/nope'))

  // The App Router left the body of a page that called notFound() to the client (vercel/next.js#62228);
  // a readers' page's `notFound` result is rendered whole on the server.
  it.each(['/en/partnerships/nope', '/en/friendly-cities/nope', '/en/history/nope', '/en/partnerships?page=99'])(
    'the not-found page for an unknown document or list page is server-rendered: %s',
    serverRendered404,
  )
})

// ---------------------------------------------------------------------------------------------
// Languages: the switcher, hreflang alternates and canonical links

describe('languages', () => {
  it('the language switcher keeps the document', async () => {
    const { page } = await open('/pl/partnerships/zagubica')
    expect(await text(page, 'h1')).toBe('Žagubica')
    await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${server.url}/en/partnerships/zagubica`)
    expect(await text(page, 'h1')).toBe('Žagubica')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  })

  const alternateRows = (
    ['home', 'partnership', 'ended', 'friendly', 'history', 'accessibility', 'openData'] as const
  ).flatMap((type) => LOCALES.map((locale) => ({ type, locale })))
  it.each(alternateRows)(
    '$locale $type has hreflang alternates for every language and a canonical link',
    async ({ type, locale }) => {
      const { page } = await open(`/${locale}${PAGES[type]}`, { javaScriptEnabled: false })
      const absolute = (code: Locale) => `${server.url}/${code}${PAGES[type]}`
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]:not([type])')
        .evaluateAll((links) =>
          Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
        )
      expect(alternates).toEqual({
        ...Object.fromEntries(LOCALES.map((code) => [code, absolute(code)])),
        'x-default': absolute('pl'),
      })
      expect(
        await page
          .locator('head link[rel="canonical"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual([absolute(locale)])
    },
  )
})

// ---------------------------------------------------------------------------------------------
// sitemap.xml and robots.txt

type SitemapEntry = { loc: string; alternates: Record<string, string> }

function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map(
        ([, lang, href]) => [lang, href],
      ),
    ),
  }))
}

describe('sitemap and robots', () => {
  it('sitemap.xml lists every published page in every language, with its alternates', async () => {
    const response = await fetch(`${server.url}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const entries = parseSitemap(await response.text())
    // What is published, as an anonymous reader sees it.
    const published = async (collection: string) =>
      (
        (await (await fetch(`${server.url}/api/${collection}?limit=100&locale=pl&depth=0`)).json()).docs as {
          slug: string
        }[]
      ).map((doc) => doc.slug)
    const partnerships = await published('partnerships')
    const friendly = await published('friendly-cities')
    expect(partnerships.sort()).toEqual([...PARTNERSHIPS].sort())
    expect(friendly.sort()).toEqual([...FRIENDLY].sort())
    const paths = [
      '',
      '/partnerships',
      '/friendly-cities',
      '/accessibility',
      '/open-data',
      '/activities',
      ...partnerships.map((slug) => `/partnerships/${slug}`),
      ...friendly.map((slug) => `/friendly-cities/${slug}`),
      ...(await published('history-articles')).map((slug) => `/history/${slug}`),
    ]
    const expected = paths.flatMap((pagePath) =>
      LOCALES.map((locale) => ({
        loc: `${server.url}/${locale}${pagePath}`,
        alternates: {
          ...Object.fromEntries(LOCALES.map((code) => [code, `${server.url}/${code}${pagePath}`])),
          'x-default': `${server.url}/pl${pagePath}`,
        },
      })),
    )
    const byLoc = (a: SitemapEntry, b: SitemapEntry) => a.loc.localeCompare(b.loc)
    expect(entries.sort(byLoc)).toEqual(expected.sort(byLoc))
    expect(entries.map((entry) => entry.loc)).toContain(`${server.url}/he/history/idea-miast-partnerskich`)
  })

  it('robots.txt points at the sitemap and keeps crawlers out of the admin', async () => {
    const response = await fetch(`${server.url}/robots.txt`)
    expect(response.status).toBe(200)
    const robots = await response.text()
    const lines = robots.split('\n').map((line) => line.trim())
    expect(lines, robots).toContain('Disallow: /admin')
    expect(lines, robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
  })
})

// ---------------------------------------------------------------------------------------------
// Screenshots (before the freshness tests change the content)

const SCREENSHOT_PAGES = {
  home: '',
  partnership: '/partnerships/kostroma',
  friendly: '/friendly-cities/velenje',
  openData: '/open-data',
} as const
const screenshotRows = (Object.keys(SCREENSHOT_PAGES) as (keyof typeof SCREENSHOT_PAGES)[]).flatMap((type) =>
  (['pl', 'he'] as const).flatMap((locale) => WIDTHS.map((width) => ({ type, locale, width }))),
)

describe('screenshots', () => {
  it.each(screenshotRows)('$locale $type at $width px, without sideways scrolling', async ({ type, locale, width }) => {
    const { page } = await open(`/${locale}${SCREENSHOT_PAGES[type]}`, { viewport: { width, height: 900 } })
    await page.screenshot({ path: path.join(screenshotDir, `site-${type}-${locale}-${width}.png`), fullPage: true })
    // WCAG 1.4.10 (reflow): nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  })
})

// ---------------------------------------------------------------------------------------------
// Freshness: publishes show at once, drafts never

describe('freshness', () => {
  it('a published summary shows on the city page at the next request', async () => {
    const { page } = await open('/pl/partnerships/petrinja')
    await page.reload() // viewed (and cached) before the change
    const summary = `Streszczenie opublikowane ${Date.now()}`
    // The home page lists names, countries and dates, not summaries, so only the city page can show it.
    await admin.json('PATCH', `/partnerships/${await idOf('petrinja')}?locale=pl`, { summary, _status: 'published' })
    await atOnce('published summary on /pl/partnerships/petrinja', async () => {
      await page.goto(`${server.url}/pl/partnerships/petrinja`)
      return (await page.locator('.city__summary').allTextContents()).includes(summary)
    })
  })

  it('a draft save never shows on the public page, the home page or in the sitemap', async () => {
    const { page } = await open('/pl/partnerships/petrinja')
    const published = await text(page, '.city__summary')
    const draftSummary = `Streszczenie robocze ${Date.now()}`
    // A draft of an existing partnership (new summary and a new address) and a brand-new draft one.
    await admin.json('PATCH', `/partnerships/${await idOf('petrinja')}?draft=true&locale=pl`, {
      summary: draftSummary,
      slug: 'petrinja-szkic',
      _status: 'draft',
    })
    await admin.json('POST', '/partnerships?draft=true&locale=pl', {
      name: 'Szkicowo',
      slug: 'szkicowo',
      agreementDate: '2021-06-01T12:00:00.000Z',
      country: 'CZ',
      location: { latitude: 50.1, longitude: 14.4 },
      _status: 'draft',
    })
    // The draft is saved (an editor sees it)…
    expect(
      (await admin.json('GET', `/partnerships/${await idOf('petrinja-szkic')}?draft=true&locale=pl`)).summary,
    ).toBe(draftSummary)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    // …but readers do not.

    await page.goto(`${server.url}/pl/partnerships/petrinja`)
    expect(await text(page, '.city__summary')).toBe(published)
    expect(await page.content()).not.toContain(draftSummary)
    for (const draftPath of ['/pl/partnerships/petrinja-szkic', '/pl/partnerships/szkicowo']) {
      expect((await page.goto(`${server.url}${draftPath}`))?.status(), draftPath).toBe(404)
    }
    await page.goto(`${server.url}/pl`)
    expect(await page.content()).not.toContain('szkicowo')
    expect(await page.content()).not.toContain('Szkicowo')
    const xml = await sitemap()
    expect(xml).toContain(`${server.url}/pl/partnerships/petrinja<`)
    expect(xml).not.toContain('petrinja-szkic')
    expect(xml).not.toContain('szkicowo')
  })

  it('creating, unpublishing, republishing and deleting a partnership shows on home and in the sitemap at the next request', async () => {
    const { page } = await open('/pl')
    const slug = 'nowe-miasto-testowe'
    const link = `/pl/partnerships/${slug}`
    let id: number | string = ''
    const steps: { step: string; act: () => Promise<unknown>; listed: boolean }[] = [
      {
        step: 'create and publish',
        act: async () =>
          (id = (
            await admin.json('POST', '/partnerships?locale=pl', {
              name: 'Nowe Miasto Testowe',
              slug,
              agreementDate: '2020-05-05T12:00:00.000Z',
              country: 'CZ',
              location: { latitude: 49.2, longitude: 16.6 },
              _status: 'published',
            })
          ).doc.id),
        listed: true,
      },
      {
        step: 'unpublish',
        act: () => admin.json('PATCH', `/partnerships/${id}?locale=pl`, { _status: 'draft' }),
        listed: false,
      },
      {
        step: 'publish again',
        act: () => admin.json('PATCH', `/partnerships/${id}?locale=pl`, { _status: 'published' }),
        listed: true,
      },
      { step: 'delete', act: () => admin.json('DELETE', `/partnerships/${id}`), listed: false },
    ]
    for (const { step, act, listed } of steps) {
      await page.goto(`${server.url}/pl`) // the home page is cached before each change
      await act()
      await atOnce(`${step}: ${listed ? 'listed' : 'gone'} on home and in the sitemap`, async () => {
        const [onHome, inSitemap] = await Promise.all([
          page
            .goto(`${server.url}/pl`)
            .then(async () => (await page.locator(`.city-list a[href="${link}"]`).count()) === 1),
          sitemap().then((xml) => xml.includes(`${server.url}${link}<`)),
        ])
        return onHome === listed && inSitemap === listed
      })
      expect((await fetch(`${server.url}${link}`)).status, `${step}: ${link}`).toBe(listed ? 200 : 404)
    }
  })
})
