import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstAdmin, httpApi, shot, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * An editor's whole editorial life cycle, in Chromium against the production build, through the
 * admin's own screens: draft and publish, unpublish, schedule, restore a version, duplicate, delete,
 * upload an image and use it, bulk publish and unpublish. After each step the public page,
 * anonymous REST and the open data must show exactly what is published (src/cache/revalidate.ts
 * expires the public cache on every change readers can see, and never on a draft save).
 * REST is used only to set up users and fixtures and to check results.
 */

const editor = { email: 'redaktorka@example.org', password: 'redaktorka-haslo-testowe' }

// Journey 1 and 4: Vienne's published Polish text (a fixture), then the editor's new one.
const OLD_NAME = 'Vienne'
const OLD_SUMMARY = 'Partnerstwo z Vienne obejmuje szkoły i kulturę.'
const NEW_NAME = 'Vienne nad Rodanem'
const NEW_SUMMARY = 'Wymiana młodzieży z Vienne odbywa się co roku.'
const HERO_ALT = 'Ratusz w Žagubicy od strony rynku'

type OpenDataRecord = { type: string; slug: string; name_pl: string }

let server: RunningServer
let browser: Browser
/** The editor, signed in to the admin (one browser context for the journeys). */
let page: Page
/** The editor over REST: drafts are visible to them. */
let editorApi: ReturnType<typeof httpApi>
const consoleErrors: string[] = []
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lifecycle-'))

// Fixtures created in beforeAll.
let vienneId: number | string
let scheduled: { id: number | string; slug: string; name: string }
const bulk = [
  { name: 'Hurtowo Pierwsze', slug: 'hurtowo-pierwsze' },
  { name: 'Hurtowo Drugie', slug: 'hurtowo-drugie' },
]

const draftPartnership = (name: string, slug: string) =>
  editorApi.post('/partnerships?locale=pl&draft=true', {
    name,
    slug,
    country: 'CZ',
    agreementDate: '2015-05-05T12:00:00.000Z',
    location: { latitude: 50.08, longitude: 14.42 },
    _status: 'draft',
  })

beforeAll(async () => {
  // The job queue (scheduled publishing) looks for due jobs every second.
  server = await startProductionServer({ JOBS_CRON: '* * * * * *' })
  browser = await launchBrowser()
  const admin = httpApi(server)
  await admin.login(firstAdmin())
  await admin.post('/users', { ...editor, name: 'Redaktorka', roles: ['editor'] })
  editorApi = httpApi(server)
  await editorApi.login(editor)

  const vienne = (await editorApi.get('/partnerships?locale=pl&where[slug][equals]=vienne')).docs[0]
  vienneId = vienne.id
  // A published Polish summary to come back to in the version history.
  await editorApi.patch(`/partnerships/${vienneId}?locale=pl`, { summary: OLD_SUMMARY, _status: 'published' })

  scheduled = { name: 'Zaplanowane Miasto', slug: 'zaplanowane-miasto', id: '' }
  scheduled.id = (await draftPartnership(scheduled.name, scheduled.slug)).doc.id
  for (const { name, slug } of bulk) await draftPartnership(name, slug)

  page = await signIn(browser, server, editor)
  page.setDefaultTimeout(30_000)
  // A form left half-edited must not stop the next navigation.
  page.on('dialog', (dialog) => void dialog.accept())
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text().split('\n')[0]}`)
  })
}, 900_000)

afterAll(async () => {
  if (process.env.DEBUG_SERVER_LOG) console.log('SERVER LOG', server?.log().slice(-6000))
  if (process.env.DEBUG_CONSOLE) console.log('BROWSER CONSOLE ERRORS\n' + consoleErrors.join('\n'))
  await browser?.close()
  await server?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------
// What readers see: the public site, anonymous REST and the open data (plain HTTP, no cookies)

async function site(urlPath: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${server.url}${urlPath}`)
  return { status: response.status, html: await response.text() }
}

/** The Polish city page's heading and summary, or its status when it is not a page. */
async function cityPage(collection: 'partnerships' | 'friendly-cities', slug: string) {
  const { status, html } = await site(`/pl/${collection}/${slug}`)
  return {
    status,
    h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? null,
    summary: /class="city__summary"[^>]*>([^<]*)</.exec(html)?.[1] ?? null,
  }
}

async function anonymous(collection: string, slug: string): Promise<any[]> {
  const response = await fetch(`${server.url}/api/${collection}?locale=pl&depth=1&where[slug][equals]=${slug}`)
  expect(response.status).toBe(200)
  return (await response.json()).docs
}

async function openData(): Promise<OpenDataRecord[]> {
  const response = await fetch(`${server.url}/open-data/twin-cities.json`)
  expect(response.status).toBe(200)
  return response.json()
}

const openDataRecord = async (slug: string) => (await openData()).find((record) => record.slug === slug)

/** Readers' state of one partnership, polled as a whole until it settles. */
async function readersSee(slug: string) {
  const [shown, rest, record] = await Promise.all([
    cityPage('partnerships', slug),
    anonymous('partnerships', slug),
    openDataRecord(slug),
  ])
  return {
    page: shown.status === 200 ? { name: shown.h1, summary: shown.summary } : shown.status,
    rest: rest.length === 1 ? { name: rest[0].name, summary: rest[0].summary ?? null } : rest.length,
    openData: record ? record.name_pl : null,
  }
}

// ---------------------------------------------------------------------------------------------
// The admin

/** Screenshots of what the page shows now, at 1280 and at 375 px. */
async function shots(name: string) {
  await shot(page, `lifecycle-${name}-1280`)
  await page.setViewportSize({ width: 375, height: 900 })
  await page.waitForFunction(() => window.innerWidth === 375)
  await shot(page, `lifecycle-${name}-375`)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.waitForFunction(() => window.innerWidth === 1280)
}

/** How long the admin and the site may take to show a change (the machine may be busy). */
const soon = { timeout: 20_000 }

async function openDocument(collection: string, id: number | string) {
  await page.goto(`${server.url}/admin/collections/${collection}/${id}?locale=pl`)
  // Fields are read-only until the form has loaded.
  await expect.poll(() => page.locator('#field-name, #field-title').first().isEditable(), soon).toBe(true)
}

/** An item of the document's "⋮" menu in its header (Duplicate, Delete, Unpublish…). */
async function documentMenu(item: string) {
  await page.locator('.doc-controls__popup').getByRole('button').first().click()
  await page.getByRole('button', { name: item, exact: true }).click()
}

const confirmDialog = () => page.locator('dialog.confirmation-modal[open]')

const headerStatus = () => page.locator('.doc-controls__status .status__value')

/** The editor's view over REST: the newest version, draft or not. */
const draftOf = (collection: string, id: number | string) =>
  editorApi.get(`/${collection}/${id}?locale=pl&draft=true&depth=0`)

// ---------------------------------------------------------------------------------------------

describe('an editor through the admin', () => {
  it('schedules the publication of a draft in the "Schedule publish" drawer', async () => {
    expect((await cityPage('partnerships', scheduled.slug)).status).toBe(404)
    await openDocument('partnerships', scheduled.id)
    expect(await headerStatus().textContent()).toBe('Draft')
    // The chevron beside the publish button opens its dropdown.
    await page.locator('#action-save-popup').getByRole('button').click()
    await page.getByRole('button', { name: 'Schedule Publish', exact: true }).click()
    const drawer = page.locator('dialog.schedule-publish[open]')
    await drawer.getByRole('heading', { name: `Schedule publish for ${scheduled.name}` }).waitFor()
    // A document never published offers "Unpublish" first.
    await drawer.locator('label', { hasText: /^Publish$/ }).click()
    expect(await drawer.getByRole('radio', { name: 'Publish', exact: true }).isChecked()).toBe(true)

    // The picker lists times five minutes apart but takes any minute typed in its format
    // ("Dec 2, 2026 1:37 PM", the browser's time zone): the first whole minute 45 s or more away.
    const when = await page.evaluate(() => {
      const at = new Date(Date.now() + 105_000)
      at.setSeconds(0, 0)
      const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][at.getMonth()]
      const time = `${at.getHours() % 12 || 12}:${String(at.getMinutes()).padStart(2, '0')} ${at.getHours() < 12 ? 'AM' : 'PM'}`
      return `${month} ${at.getDate()}, ${at.getFullYear()} ${time}`
    })
    const time = drawer.locator('#time input')
    await time.fill(when)
    await time.press('Enter')
    expect(await time.inputValue()).toBe(when)
    await drawer.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('Scheduled successfully.').waitFor()
    const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
    await expect.poll(() => upcoming.count(), soon).toBe(1)
    expect(await upcoming.first().textContent()).toContain('Publish')
    // Scheduling itself publishes nothing.
    expect((await cityPage('partnerships', scheduled.slug)).status).toBe(404)
    expect(await anonymous('partnerships', scheduled.slug)).toEqual([])
    expect((await draftOf('partnerships', scheduled.id))._status).toBe('draft')
    await shots('schedule-drawer')
    await drawer.locator('.schedule-publish__drawer-header').getByRole('button', { name: 'Close' }).click()
    // The last test of this file sees it published (meanwhile the other journeys run).
  }, 120_000)

  it('edits a published partnership: the autosaved draft stays private until "Publish"', async () => {
    const before = {
      page: { name: OLD_NAME, summary: OLD_SUMMARY },
      rest: { name: OLD_NAME, summary: OLD_SUMMARY },
      openData: OLD_NAME,
    }
    expect(await readersSee('vienne')).toEqual(before)

    await openDocument('partnerships', vienneId)
    await page.locator('#field-name').fill(NEW_NAME)
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    await page.locator('#field-summary').fill(NEW_SUMMARY)
    // Autosave writes a draft version (the editor sees it over REST)…
    await expect
      .poll(
        async () => {
          const draft = await draftOf('partnerships', vienneId)
          return { name: draft.name, summary: draft.summary }
        },
        { timeout: 30_000 },
      )
      .toEqual({ name: NEW_NAME, summary: NEW_SUMMARY })
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Changed')
    await expect.poll(() => page.locator('.autosave').textContent(), soon).toMatch(/^Last saved/)
    // …which readers never see: not on the page, not anonymously (even asking for drafts), not in the open data.
    expect(await readersSee('vienne')).toEqual(before)
    expect((await site('/pl/partnerships/vienne')).html).not.toContain(NEW_SUMMARY)
    const anonymousDraft = await fetch(`${server.url}/api/partnerships/${vienneId}?locale=pl&draft=true`)
    expect((await anonymousDraft.json()).summary).toBe(OLD_SUMMARY)
    await shot(page, 'lifecycle-draft-1280')

    await page.getByRole('button', { name: 'Publish in Polski', exact: true }).click()
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Published')
    await expect
      .poll(() => readersSee('vienne'), soon)
      .toEqual({
        page: { name: NEW_NAME, summary: NEW_SUMMARY },
        rest: { name: NEW_NAME, summary: NEW_SUMMARY },
        openData: NEW_NAME,
      })
  }, 120_000)

  it('"Unpublish" in the document menu takes a partnership off the site, REST and open data', async () => {
    const kostroma = (await anonymous('partnerships', 'kostroma'))[0]
    expect(kostroma.name).toBe('Kostroma')
    expect((await site('/pl')).html).toContain('href="/pl/partnerships/kostroma"')

    await openDocument('partnerships', kostroma.id)
    expect(await headerStatus().textContent()).toBe('Published')
    await documentMenu('Unpublish')
    await confirmDialog().getByRole('heading', { name: 'Confirm unpublish' }).waitFor()
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Draft')

    await expect.poll(() => readersSee('kostroma'), soon).toEqual({ page: 404, rest: 0, openData: null })
    expect((await site('/pl')).html).not.toContain('href="/pl/partnerships/kostroma"')
    // Still there for the editor, as a draft.
    expect((await draftOf('partnerships', kostroma.id))._status).toBe('draft')
  }, 120_000)

  it('"Restore this version" from the Versions tab brings back the earlier published text', async () => {
    // The version published in beforeAll, found over REST so that the test opens that very row.
    const { docs: versions } = await editorApi.get(
      `/partnerships/versions?where[parent][equals]=${vienneId}&locale=pl&depth=0&sort=-updatedAt&limit=100`,
    )
    const earlier = versions.find((v: any) => v.version._status === 'published' && v.version.summary === OLD_SUMMARY)
    expect(earlier, 'the published version with the old summary').toBeDefined()

    await openDocument('partnerships', vienneId)
    await page.getByRole('link', { name: /^Versions/ }).click()
    await page.waitForURL((url) => url.pathname.endsWith(`/partnerships/${vienneId}/versions`))
    const row = page
      .locator('tbody tr')
      .filter({ has: page.getByRole('cell', { name: String(earlier.id), exact: true }) })
    await expect.poll(() => row.count(), soon).toBe(1)
    expect(await row.textContent()).toContain('Previously Published')
    await shots('versions')

    await row.getByRole('link').first().click()
    await page.waitForURL((url) => url.pathname.endsWith(`/versions/${earlier.id}`))
    const restore = page.getByRole('button', { name: 'Restore this version', exact: true })
    await restore.waitFor()
    // The comparison shows what editors wrote, not the system's fingerprints and marks.
    await expect.poll(() => page.getByText('Updated At', { exact: true }).count(), soon).toBeGreaterThan(0)
    for (const internal of ['Source Hash', 'Translated From', 'Untouched']) {
      expect(await page.getByText(internal, { exact: true }).count(), internal).toBe(0)
    }
    await shots('version')
    await restore.click()
    await confirmDialog().getByRole('heading', { name: 'Confirm Version Restoration' }).waitFor()
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()

    // Back on the document, with the older text, published.
    await page.waitForURL((url) => url.pathname.endsWith(`/partnerships/${vienneId}`))
    await expect.poll(() => page.locator('#field-name').inputValue(), soon).toBe(OLD_NAME)
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Published')
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    expect(await page.locator('#field-summary').inputValue()).toBe(OLD_SUMMARY)
    await expect
      .poll(() => readersSee('vienne'), soon)
      .toEqual({
        page: { name: OLD_NAME, summary: OLD_SUMMARY },
        rest: { name: OLD_NAME, summary: OLD_SUMMARY },
        openData: OLD_NAME,
      })
  }, 120_000)

  it('"Restore this version" on a draft version makes it the newest draft; the page stays on the site', async () => {
    const before = await readersSee('vienne')
    expect(before.page).not.toBe(404)
    const DRAFT = `Szkic do przywrócenia ${Date.now()}`
    await editorApi.patch(`/partnerships/${vienneId}?locale=pl&draft=true`, { summary: DRAFT })
    await editorApi.patch(`/partnerships/${vienneId}?locale=pl&draft=true`, { summary: `${DRAFT} (nowszy)` })
    const { docs: versions } = await editorApi.get(
      `/partnerships/versions?where[parent][equals]=${vienneId}&locale=pl&depth=0&sort=-updatedAt&limit=10`,
    )
    const draft = versions.find((v: any) => v.version._status === 'draft' && v.version.summary === DRAFT)
    expect(draft, 'the older draft').toBeDefined()

    await page.goto(`${server.url}/admin/collections/partnerships/${vienneId}/versions/${draft.id}?locale=pl`)
    const restore = page.getByRole('button', { name: 'Restore this version', exact: true })
    await restore.waitFor()
    await restore.click()
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL((url) => url.pathname.endsWith(`/partnerships/${vienneId}`))
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    await expect.poll(() => page.locator('#field-summary').inputValue(), soon).toBe(DRAFT)
    await shots('restored-draft')
    // Payload alone restored it as the document itself, a draft: the city left every public page.
    expect(await readersSee('vienne')).toEqual(before)
    expect((await draftOf('partnerships', vienneId)).summary).toBe(DRAFT)
  }, 120_000)

  it('"Duplicate" makes a draft copy with a unique slug, public only once published', async () => {
    const udine = (await anonymous('friendly-cities', 'udine'))[0]
    const recordsBefore = (await openData()).map((record) => record.slug).sort()
    await openDocument('friendly-cities', udine.id)
    await documentMenu('Duplicate')
    // Payload opens the copy: a new document, its unique slug suffixed, a draft.
    await page.waitForURL(
      (url) => /\/friendly-cities\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(`/${udine.id}`),
    )
    const copyId = /\/friendly-cities\/([^/?]+)/.exec(page.url())![1]
    await expect.poll(() => page.locator('#field-slug').inputValue(), soon).toBe('udine-copy')
    expect(await page.locator('#field-name').inputValue()).toBe('Udine')
    expect(await headerStatus().textContent()).toBe('Draft')
    const copy = await draftOf('friendly-cities', copyId)
    expect(copy).toMatchObject({
      name: 'Udine',
      slug: 'udine-copy',
      _status: 'draft',
      country: udine.country,
      relationType: udine.relationType,
    })

    // Readers see no change.
    expect((await cityPage('friendly-cities', 'udine-copy')).status).toBe(404)
    expect(await anonymous('friendly-cities', 'udine-copy')).toEqual([])
    expect((await openData()).map((record) => record.slug).sort()).toEqual(recordsBefore)
    expect((await cityPage('friendly-cities', 'udine')).status).toBe(200)

    await page.getByRole('button', { name: 'Publish in Polski', exact: true }).click()
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Published')
    await expect.poll(async () => (await cityPage('friendly-cities', 'udine-copy')).h1, soon).toBe('Udine')
    expect(await anonymous('friendly-cities', 'udine-copy')).toHaveLength(1)
    expect(
      (await openData())
        .filter((record) => record.type === 'friendly-city')
        .map((record) => record.slug)
        .sort(),
    ).toEqual(['udine', 'udine-copy', 'velenje'])
  }, 120_000)

  it('"Delete" in the document menu removes a history article from the admin, REST and the site', async () => {
    const slug = 'idea-miast-partnerskich'
    const article = (await anonymous('history-articles', slug))[0]
    const title = article.title as string
    expect((await site(`/pl/history/${slug}`)).status).toBe(200)

    await openDocument('history-articles', article.id)
    await documentMenu('Delete')
    await confirmDialog().getByRole('heading', { name: 'Confirm deletion' }).waitFor()
    expect(await confirmDialog().textContent()).toContain(title)
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/history-articles')
    await page.getByText(`History article "${title}" successfully deleted.`).waitFor()

    // Gone from the list (reloaded, so not just removed from the page's state)…
    await page.goto(`${server.url}/admin/collections/history-articles?locale=pl`)
    await page.getByRole('heading', { level: 1, name: 'History articles' }).waitFor()
    await expect.poll(() => page.getByRole('link', { name: title }).count(), soon).toBe(0)
    // …for the editor, anonymous REST and readers.
    expect(
      (await editorApi.call('GET', `/history-articles/${article.id}?draft=true`, undefined, { allowError: true }))
        .status,
    ).toBe(404)
    expect(await anonymous('history-articles', slug)).toEqual([])
    await expect.poll(async () => (await site(`/pl/history/${slug}`)).status, soon).toBe(404)
    expect((await site('/sitemap.xml')).html).not.toContain(`/history/${slug}<`)
  }, 120_000)

  it('uploads an image with its alternative text in Media and publishes it as a hero image', async () => {
    const file = path.join(tmp, 'ratusz-zagubica.png')
    await sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 180, g: 40, b: 40 } } })
      .png()
      .toFile(file)

    await page.goto(`${server.url}/admin/collections/media/create?locale=pl`)
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.getByLabel('Alternative text').fill(HERO_ALT)
    await shots('media-upload')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.waitForURL(
      (url) => /\/admin\/collections\/media\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'),
    )
    const mediaId = /\/media\/([^/?]+)/.exec(page.url())![1]
    // Stored as WebP (the collection's format), with the alternative text, readable by anyone.
    const media = await (await fetch(`${server.url}/api/media/${mediaId}?locale=pl`)).json()
    expect(media).toMatchObject({ alt: HERO_ALT, mimeType: 'image/webp', width: 96, height: 64 })
    await shots('media-saved')

    const zagubica = (await anonymous('partnerships', 'zagubica'))[0]
    await openDocument('partnerships', zagubica.id)
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    await page.locator('#field-heroImage').getByRole('button', { name: 'Choose from existing' }).click()
    const drawer = page.locator('dialog.list-drawer[open]')
    await drawer.locator('tbody tr', { hasText: HERO_ALT }).getByRole('button').first().click()
    await expect.poll(() => page.locator('#field-heroImage').textContent(), soon).toContain(media.filename)
    // A draft change until published: readers do not see the image yet.
    expect((await site('/pl/partnerships/zagubica')).html).not.toContain(HERO_ALT)
    await page.getByRole('button', { name: 'Publish in Polski', exact: true }).click()
    await expect.poll(() => headerStatus().textContent(), soon).toBe('Published')

    // A reader's browser shows the image, loaded, with its alternative text.
    const reader = await browser.newPage({ locale: 'pl-PL' })
    try {
      const hero = reader.locator('main figure img')
      await expect
        .poll(async () => {
          await reader.goto(`${server.url}/pl/partnerships/zagubica`)
          return hero.count()
        }, soon)
        .toBe(1)
      expect(await hero.getAttribute('alt')).toBe(HERO_ALT)
      await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), soon).toBe(96)
      expect((await anonymous('partnerships', 'zagubica'))[0].heroImage).toMatchObject({ id: media.id, alt: HERO_ALT })
    } finally {
      await reader.close()
    }
  }, 120_000)

  it('bulk "Publish" and "Unpublish" in the list view put selected drafts on the site and take them off', async () => {
    const slugs = bulk.map((b) => b.slug)
    const readers = async () => {
      const [pages, rest, records] = await Promise.all([
        Promise.all(slugs.map(async (slug) => (await cityPage('partnerships', slug)).status)),
        Promise.all(slugs.map(async (slug) => (await anonymous('partnerships', slug)).length)),
        openData(),
      ])
      return { pages, rest, openData: slugs.filter((slug) => records.some((record) => record.slug === slug)) }
    }
    expect(await readers()).toEqual({ pages: [404, 404], rest: [0, 0], openData: [] })

    await page.goto(`${server.url}/admin/collections/partnerships?locale=pl&limit=100`)
    const rows = page.locator('tbody tr').filter({ hasText: /^Hurtowo / })
    const selection = page.locator('.list-selection')
    const select = async () => {
      await expect.poll(() => rows.count(), soon).toBe(2)
      for (const row of await rows.all()) await row.getByRole('checkbox').check()
      await expect.poll(() => selection.textContent(), soon).toMatch(/^2\s+selected/)
    }
    const statuses = () => rows.locator('.cell-_status').allTextContents()

    await select()
    expect(await statuses()).toEqual(['Draft', 'Draft'])
    await shots('list-selection')
    await selection.getByRole('button', { name: 'Publish', exact: true }).click()
    await confirmDialog().getByRole('heading', { name: 'Confirm publish' }).waitFor()
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()
    await expect.poll(readers, soon).toEqual({ pages: [200, 200], rest: [1, 1], openData: slugs })
    await expect.poll(statuses, soon).toEqual(['Published', 'Published'])

    await select()
    await selection.getByRole('button', { name: 'Unpublish', exact: true }).click()
    await confirmDialog().getByRole('heading', { name: 'Confirm unpublish' }).waitFor()
    await confirmDialog().getByRole('button', { name: 'Confirm' }).click()
    await expect.poll(readers, soon).toEqual({ pages: [404, 404], rest: [0, 0], openData: [] })
    // Payload's list labels a draft with published versions in its history "Draft (has published
    // version)", although nothing of it is published any more (readers see nothing, above).
    await expect
      .poll(async () => (await statuses()).map((status) => status.startsWith('Draft')), soon)
      .toEqual([true, true])
  }, 120_000)

  it('the scheduled draft is published by the job queue at its time, on the site, REST and open data', async () => {
    // Scheduled at most 105 s after the first test started; the queue looks every second.
    await expect
      .poll(async () => (await cityPage('partnerships', scheduled.slug)).h1, { timeout: 150_000, interval: 1000 })
      .toBe(scheduled.name)
    expect(await readersSee(scheduled.slug)).toEqual({
      page: { name: scheduled.name, summary: null },
      rest: { name: scheduled.name, summary: null },
      openData: scheduled.name,
    })
    expect((await draftOf('partnerships', scheduled.id))._status).toBe('published')
    await openDocument('partnerships', scheduled.id)
    expect(await headerStatus().textContent()).toBe('Published')
  }, 180_000)

  // The login page asks /api/users/me anonymously. While that answer was public with
  // `stale-while-revalidate=30`, the browser answered the admin's next "who is signed in?" from that
  // copy: nobody. An admin page loaded then (a reload, a link opened in a new tab) ran without its
  // user: document locking threw "Cannot read properties of null (reading 'id')" at the first edit.
  it('an admin page opened just after signing in is told who signed in', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    try {
      const tab = await context.newPage()
      const answers: Promise<string | null>[] = []
      tab.on('response', (response) => {
        if (new URL(response.url()).pathname === '/api/users/me')
          answers.push(
            response
              .json()
              .then((body) => body.user?.email ?? null)
              // A response still arriving when the context closes has nothing to tell.
              .catch(() => 'unreadable'),
          )
      })
      await tab.goto(`${server.url}/admin/login`)
      await expect.poll(() => answers.length, soon).toBe(1)
      expect(await answers[0]).toBeNull()
      await tab.fill('input[name="email"]', editor.email)
      await tab.fill('input[name="password"]', editor.password)
      await tab.click('button[type="submit"]')
      await tab.waitForURL((url) => url.pathname === '/admin')
      // A document opened as a new page: its admin asks who is signed in as it starts.
      const before = answers.length
      await tab.goto(`${server.url}/admin/collections/partnerships/${vienneId}?locale=pl`)
      await expect.poll(() => answers.length, soon).toBeGreaterThan(before)
      expect(await answers[before]).toBe(editor.email)
    } finally {
      await context.close()
    }
  }, 120_000)

  // Last: nothing the editor did raised a script error in the admin (a failed resource load, such
  // as the list a deleted document leaves behind, is no script error), nor an error on the server.
  it('no script error in the admin and no error on the server along the way', () => {
    expect(consoleErrors.filter((line) => !line.includes('Failed to load resource'))).toEqual([])
    expect(
      server
        .log()
        .split('\n')
        .filter((line) => /⨯|TypeError|can't be called during render|\bERROR\b/.test(line)),
    ).toEqual([])
  })
})
