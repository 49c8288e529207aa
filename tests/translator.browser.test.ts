import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstAdmin, httpApi, openLivePreview, signIn } from './helpers/admin'
import { launchBrowser, screenshotDir } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * A translator's day in the admin, in Chromium against the production build: the dashboard lists
 * what is left, an item opens in German, shared fields are read-only, live preview shows the German
 * draft, and "Publish in Deutsch" puts the German text on the German page, Polish untouched.
 */

const translator = { email: 'tlumacz@example.org', password: 'tlumacz-haslo-testowe' }
const germanSummary = 'Vienne ist seit 1992 Partnerstadt; die Zusammenarbeit umfasst Schulen und Kultur.'

let server: RunningServer
let browser: Browser
let admin: ReturnType<typeof httpApi>
let vienne: any

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  admin = httpApi(server)
  await admin.login()
  await admin.json('POST', '/users', {
    ...translator,
    name: 'Tłumaczka',
    roles: ['translator'],
    translatorLocales: ['de'],
  })
  vienne = (await admin.json('GET', '/partnerships?locale=pl&where[slug][equals]=vienne')).docs[0]
  // An editor writes a Polish summary and publishes it: the German version is now out of date.
  await admin.json('PATCH', `/partnerships/${vienne.id}?locale=pl`, {
    summary: 'Vienne jest miastem partnerskim od 1992 roku.',
    _status: 'published',
  })
}, 900_000)
afterAll(async () => {
  if (process.env.DEBUG_SERVER_LOG) console.log('SERVER LOG', server?.log().slice(-6000))
  await browser?.close()
  await server?.stop()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

describe('a translator in the admin', () => {
  let page: Page

  it('signs in and sees their open German work on the dashboard', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', translator.email)
    await page.fill('input[name="password"]', translator.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    const work = page.locator('section.translation-work')
    await work.waitFor()
    expect(await work.getByRole('heading', { level: 2 }).textContent()).toBe('Translations to do')
    // Only German: the translator's one language.
    expect(await work.locator('summary').allTextContents()).toEqual([expect.stringMatching(/^Deutsch/)])
    const item = work.getByRole('link', { name: 'Vienne' })
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.locator('xpath=..').textContent()).toContain('outdated')
    // Users are an admin's business.
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0)
    await shot(page, 'admin-translator-dashboard')
  })

  it('opens the item in German, with shared fields read-only', async () => {
    await page.locator('section.translation-work').getByRole('link', { name: 'Vienne' }).click()
    await page.waitForURL(
      (url) => url.pathname.endsWith(`/partnerships/${vienne.id}`) && url.searchParams.get('locale') === 'de',
    )
    // The form is read-only until it has loaded; then translations open up and shared fields do not.
    await expect.poll(() => page.locator('#field-name').isEditable(), { timeout: 15_000 }).toBe(true)
    expect(await page.locator('#field-slug').isEditable()).toBe(false)
  })

  it('translates the summary and publishes German only', async () => {
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    const summary = page.locator('#field-summary')
    await summary.fill(germanSummary)
    // Live preview shows the German draft (autosaved) as the German page will look.
    const { frame: preview, mainText } = await openLivePreview(page, 'Live Preview')
    await expect.poll(mainText, { timeout: 20_000 }).toContain(germanSummary)
    expect(await preview.locator('html').getAttribute('lang')).toBe('de')
    await shot(page, 'admin-translator-live-preview-de')
    await page.getByRole('button', { name: 'Exit Live Preview', exact: true }).click()
    const publish = page.getByRole('button', { name: 'Publish in Deutsch' })
    await expect.poll(() => publish.isEnabled()).toBe(true)
    await shot(page, 'admin-translator-editing-de')
    await publish.click()
    await expect
      .poll(
        async () => (await admin.json('GET', `/partnerships/${vienne.id}?locale=de&fallback-locale=none`)).summary,
        {
          timeout: 15_000,
        },
      )
      .toBe(germanSummary)
    const polish = await admin.json('GET', `/partnerships/${vienne.id}?locale=pl`)
    expect(polish.summary).toBe('Vienne jest miastem partnerskim od 1992 roku.')
  })

  it('the German page shows the translation', async () => {
    const reader = await browser.newPage({ locale: 'de-DE' })
    await expect
      .poll(
        async () => {
          await reader.goto(`${server.url}/de/partnerships/vienne`)
          return reader.locator('main').textContent()
        },
        { timeout: 10_000 },
      )
      .toContain(germanSummary)
    await shot(reader, 'site-de-vienne-translated')
    await reader.close()
  })

  it('the dashboard no longer lists it, and the list view shows German done', async () => {
    await page.goto(`${server.url}/admin`)
    const work = page.locator('section.translation-work')
    await work.waitFor()
    expect(await work.getByRole('link', { name: 'Vienne' }).count()).toBe(0)
    await page.goto(`${server.url}/admin/collections/partnerships?locale=de&limit=50`)
    const row = page.locator('tbody tr', { hasText: 'Vienne' })
    await row.waitFor()
    expect(await row.locator('.translation-badge[data-status="done"]').allTextContents()).toContainEqual(
      expect.stringMatching(/^DE/),
    )
    await shot(page, 'admin-translator-list-de')
    await page.context().close()
  })
})

/**
 * Creating and deleting are an editor's business: a translator's admin offers neither, and typing a
 * create view's address creates nothing. Each absence is checked against the same selector finding
 * the control for the first admin, so that a renamed button cannot make the test pass by itself.
 */
describe('a translator can never reach a create view or a delete button', () => {
  const CONTENT = ['partnerships', 'friendly-cities', 'commitments', 'history-articles', 'media'] as const
  let asTranslator: Page
  let asAdmin: Page

  const count = async (slug: string): Promise<number> => (await admin.json('GET', `/${slug}/count`)).totalDocs
  /** Links to a create view, and anything labelled "Create new", hidden popup items included. */
  const createControls = (page: Page) =>
    page.locator('a[href*="/create"]').or(page.getByRole('button', { name: /create new/i, includeHidden: true }))
  const deleteOrDuplicate = (page: Page) =>
    page
      .getByRole('button', { name: /^(delete|duplicate)/i, includeHidden: true })
      .or(page.locator('.delete-documents__toggle'))

  /** The list view of `slug` in German, rendered down to its first row. */
  async function openList(page: Page, slug: string) {
    await page.goto(`${server.url}/admin/collections/${slug}?locale=de`)
    await page.locator('.collection-list').waitFor()
    await page.locator('tbody tr').first().waitFor()
  }

  /** The edit view of the first `slug` in German, once its document controls are interactive. */
  async function openFirstDocument(page: Page, slug: string) {
    const { docs } = await admin.json('GET', `/${slug}?locale=de&limit=1&depth=0&sort=createdAt`)
    await page.goto(`${server.url}/admin/collections/${slug}/${docs[0].id}?locale=de`)
    await page.locator('.doc-controls #action-save').waitFor()
  }

  beforeAll(async () => {
    // Media starts empty: one image, so that media has a list row and an edit view too.
    const png = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#369' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'niebieski.png')
    form.append('_payload', JSON.stringify({ alt: 'Niebieski prostokąt' }))
    const uploaded = await fetch(`${server.url}/api/media?locale=pl`, {
      method: 'POST',
      headers: { authorization: `JWT ${admin.token()}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    asTranslator = await signIn(browser, server, translator)
    asAdmin = await signIn(browser, server, firstAdmin())
  }, 120_000)
  afterAll(async () => {
    await asTranslator?.context().close()
    await asAdmin?.context().close()
  })

  it('no "Create new" on the dashboard cards', async () => {
    for (const page of [asTranslator, asAdmin]) {
      await page.goto(`${server.url}/admin`)
      await expect.poll(() => page.locator('.card').count()).toBeGreaterThanOrEqual(CONTENT.length)
    }
    for (const slug of CONTENT) {
      await expect
        .poll(() => asAdmin.locator(`.card a[href$="/collections/${slug}/create"]`).count(), { message: slug })
        .toBe(1)
      expect(await asTranslator.locator(`.card-${slug}`).count(), slug).toBe(1)
    }
    expect(await createControls(asTranslator).count()).toBe(0)
  })

  it.each(CONTENT)('no "Create new" on the %s list', async (slug) => {
    await openList(asAdmin, slug)
    expect(await createControls(asAdmin).count()).toBeGreaterThan(0)
    await openList(asTranslator, slug)
    expect(await createControls(asTranslator).count()).toBe(0)
  })

  it.each(CONTENT)('typing the %s create address shows "not allowed" and creates nothing', async (slug) => {
    const before = await count(slug)
    const response = await asTranslator.goto(`${server.url}/admin/collections/${slug}/create?locale=de`)
    expect(response?.ok()).toBe(true)
    // Payload's "unauthorized" view (whose heading speaks of logging in, though one is logged in).
    await asTranslator.locator('.unauthorized').getByText('You are not allowed to access this page.').waitFor()
    // Not redirected to a new document, and no form to fill in.
    expect(new URL(asTranslator.url()).pathname).toBe(`/admin/collections/${slug}/create`)
    expect(await asTranslator.locator('form, [id^="field-"], #action-save').count()).toBe(0)
    // With autosave Payload creates the draft while rendering the view, so by now it would exist.
    expect(await count(slug)).toBe(before)
  })

  it.each(CONTENT)('no Delete or Duplicate on a %s edit view', async (slug) => {
    await openFirstDocument(asAdmin, slug)
    await asAdmin.locator('.doc-controls__popup .popup-button').click()
    await expect.poll(() => asAdmin.getByRole('button', { name: 'Delete', exact: true }).isVisible()).toBe(true)
    expect(await asAdmin.getByRole('button', { name: 'Duplicate', exact: true }).isVisible()).toBe(true)

    await openFirstDocument(asTranslator, slug)
    // The translator may save in German here, so this is the real edit view, not a read-only one.
    await expect.poll(() => asTranslator.locator('#action-save').textContent()).toMatch(/^(Publish in Deutsch|Save)$/)
    expect(await asTranslator.locator('.doc-controls__popup').count()).toBe(0)
    expect(await deleteOrDuplicate(asTranslator).count()).toBe(0)
    expect(await createControls(asTranslator).count()).toBe(0)
    if (slug === 'partnerships') await shot(asTranslator, 'admin-translator-edit-controls')
  })

  it.each(CONTENT)('no bulk Delete with every %s row selected', async (slug) => {
    for (const page of [asAdmin, asTranslator]) {
      await openList(page, slug)
      const rows = await page.locator('tbody tr').count()
      await page.locator('thead input[type="checkbox"]').check()
      await expect.poll(() => page.locator('.list-selection').textContent()).toMatch(new RegExp(`^${rows}\\s+selected`))
    }
    await expect
      .poll(() => asAdmin.locator('.list-selection').getByRole('button', { name: 'Delete', exact: true }).count())
      .toBe(1)
    expect(await deleteOrDuplicate(asTranslator).count()).toBe(0)
    if (slug === 'partnerships') await shot(asTranslator, 'admin-translator-list-selected')
  })
})
