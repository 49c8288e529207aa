import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { launchBrowser, screenshotDir } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

// Issue 16 in Chromium: the activities list's filters work without JavaScript, and the activity
// page and the list pass axe (WCAG 2.1 A/AA) in Polish and Hebrew on a phone and a desktop.

let server: RunningServer
let browser: Browser
let slug: string

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** The page must be opened with `bypassCSP`: the readers' pages allow no script, axe's included. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: any }).axe
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return violations.map((v: any) => `${v.id}: ${v.help} ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`)
  }, AXE_TAGS)
}

beforeAll(async () => {
  server = await startProductionServer()
  const admin = httpApi(server)
  await admin.login()
  const city = (await admin.get('/partnerships?where[slug][equals]=esslingen-nad-neckarem&depth=0')).docs[0]
  const areas = (await admin.get('/commitments?sort=order&depth=0')).docs
  const create = async (title: string, kind: string, date: string) =>
    (
      await admin.post('/activities?locale=pl', {
        title,
        summary: `O działaniu: ${title}`,
        date,
        datePrecision: 'month',
        kind,
        place: 'Esslingen am Neckar',
        cities: [{ relationTo: 'partnerships', value: city.id }],
        areas: [areas[0].id, areas[1].id],
        sources: [{ url: 'https://example.org/kronika', title: 'Kronika miasta' }],
        _status: 'published',
      })
    ).doc.slug as string
  // The city page then shows its contact offices too (axe and screenshots below), a long address included.
  await admin.patch(`/partnerships/${city.id}?locale=pl`, {
    contactOffice: {
      ours: {
        institution: 'Urząd Miasta Piotrkowa Trybunalskiego',
        department: 'Biuro Promocji, Kultury i Współpracy z Zagranicą',
        email: 'wspolpraca-zagraniczna@example.org',
        website: 'https://www.example.org/wspolpraca',
      },
      theirs: { institution: 'Stadt Esslingen am Neckar', website: 'https://www.example.de' },
    },
    _status: 'published',
  })
  slug = await create('Wizyta delegacji', 'official-visit', '2019-05-10T12:00:00.000Z')
  await create('Koncert chóru', 'cultural-event', '2021-09-10T12:00:00.000Z')
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('without JavaScript', () => {
  it('the filter form narrows the list to one kind', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/pl/activities`)
    const titles = () => page.locator('.activity-list__item > a').allTextContents()
    expect(await titles()).toEqual(['Koncert chóru', 'Wizyta delegacji'])
    await page.getByLabel('Rodzaj').selectOption('official-visit')
    await page.getByRole('button', { name: 'Pokaż' }).click()
    await page.waitForURL((url) => url.searchParams.get('kind') === 'official-visit')
    expect(await titles()).toEqual(['Wizyta delegacji'])
    expect(await page.getByLabel('Rodzaj').inputValue()).toBe('official-visit')
    await page.screenshot({ path: path.join(screenshotDir, 'activities-filtered-pl-375.png'), fullPage: true })
    await context.close()
  })
})

describe('axe', () => {
  for (const locale of ['pl', 'he'] as const)
    for (const width of [375, 1280])
      it(`the activity page, the list, a city page with contact offices and home in ${locale} at ${width} px`, async () => {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } })
        const page = await context.newPage()
        for (const [name, target] of [
          ['activity', `/${locale}/activities/${slug}`],
          ['list', `/${locale}/activities`],
          ['city', `/${locale}/partnerships/esslingen-nad-neckarem`],
          ['home', `/${locale}`],
        ]) {
          const response = await page.goto(`${server.url}${target}`)
          expect(response?.status(), target).toBe(200)
          expect(await page.getAttribute('html', 'dir')).toBe(locale === 'he' ? 'rtl' : 'ltr')
          await page.screenshot({
            path: path.join(screenshotDir, `activities-${name}-${locale}-${width}.png`),
            fullPage: true,
          })
          // WCAG 1.4.10: nothing scrolls sideways, long area names included.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), target).toBeLessThanOrEqual(width)
          expect(await axeViolations(page), target).toEqual([])
        }
        await context.close()
      })
})
