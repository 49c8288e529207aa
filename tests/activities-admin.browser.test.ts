import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Account, firstAdmin, httpApi, openLivePreview, shot, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Spec (issue 16): an editor records an activity through the admin's own screens, in Chromium
 * against the production build: "Create new" → title, date, kind, a city, an area → "Publish in
 * Polski"; readers (anonymous REST) then see it with what was chosen. REST only checks results.
 */

const editor: Account = { email: 'dzialania@example.org', password: 'dzialania-haslo-testowe' }

let server: RunningServer
let browser: Browser
let anonymous: ReturnType<typeof httpApi>
let page: Page
/** The activity the first test publishes, which the next one edits. */
let activityId: string
let activitySlug: string
const scriptErrors: string[] = []

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  const adminApi = httpApi(server)
  await adminApi.login(firstAdmin())
  await adminApi.post('/users', { ...editor, name: 'Redaktor działań', roles: ['editor'] })
  anonymous = httpApi(server)
  page = await signIn(browser, server, editor, { locale: 'pl-PL' })
  page.on('pageerror', (error) => scriptErrors.push(error.message))
}, 900_000)

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await server?.stop()
})

/** Picks an option of a react-select field (Payload's select and relationship) by typing part of its label. */
async function choose(fieldId: string, text: string) {
  await page.locator(`#${fieldId} input`).first().fill(text)
  await page.locator(`#${fieldId} .rs__option`, { hasText: text }).first().click()
}

/** Screenshots of the edit view at phone and desktop widths, to be looked at. */
async function shotBothWidths(name: string) {
  await shot(page, `${name}-1280`)
  await page.setViewportSize({ width: 375, height: 900 })
  await shot(page, `${name}-375`)
  await page.setViewportSize({ width: 1280, height: 900 })
}

describe('an editor records an activity in the admin', () => {
  it('"Create new" → title, date, kind, a city, an area → "Publish in Polski": readers see it', async () => {
    await page.goto(`${server.url}/admin/collections/activities?locale=pl`)
    await page.locator('table, .no-results').first().waitFor()
    await page
      .getByRole('link', { name: /^Stwórz nowy\b/i })
      .first()
      .click()
    // Payload saves an empty draft while it renders the create view, then opens its edit form.
    await page.waitForURL(/\/admin\/collections\/activities\/(?!create)[^/?]+/, { timeout: 30_000 })
    const id = /\/admin\/collections\/activities\/([^/?]+)/.exec(new URL(page.url()).pathname)![1]!
    await expect.poll(() => page.locator('#field-title').isEditable(), { timeout: 30_000 }).toBe(true)

    await page.locator('#field-title').fill('Wizyta delegacji w Esslingen')
    const date = page.locator('#field-date input')
    await date.fill('10 maja 2019')
    await date.blur()
    await choose('field-kind', 'Wizyta oficjalna')
    await choose('field-cities', 'Esslingen')
    await choose('field-areas', 'kultur')
    // Every label of the form is Polish, down to the sources' "add" button.
    expect(await page.getByRole('button', { name: /^Dodaj źródło$/i }).count()).toBe(1)
    await shotBothWidths('activities-edit-filled')

    await page.getByRole('button', { name: 'Opublikuj w Polski' }).click()
    const read = () => anonymous.call('GET', `/activities/${id}?locale=pl&depth=1`, undefined, { allowError: true })
    await expect.poll(async () => (await read()).status, { timeout: 30_000 }).toBe(200)
    const published = (await read()).body
    expect(published).toMatchObject({
      _status: 'published',
      title: 'Wizyta delegacji w Esslingen',
      date: expect.stringMatching(/^2019-05-(09|10)/),
      kind: 'official-visit',
    })
    expect(published.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(published.cities.map((city: any) => [city.relationTo, city.value.name])).toEqual([
      ['partnerships', expect.stringContaining('Esslingen')],
    ])
    expect(published.areas).toHaveLength(1)
    expect(published.areas[0].title).toMatch(/kultur/i)
    await shotBothWidths('activities-edit-published')
    expect(scriptErrors).toEqual([])
    activityId = id
    activitySlug = published.slug
  }, 240_000)

  it('a draft change shows in live preview as the reader’s page will look; readers keep the published text', async () => {
    const draft = 'Delegacja omówiła wymianę uczniów w przyszłym roku.'
    await page.goto(`${server.url}/admin/collections/activities/${activityId}?locale=pl`)
    await expect.poll(() => page.locator('#field-summary').isEditable(), { timeout: 30_000 }).toBe(true)
    await page.locator('#field-summary').fill(draft)
    const { frame: preview, mainText } = await openLivePreview(page, 'Podgląd')
    // Autosave stores the draft; the preview renders the activity's page from it.
    await expect.poll(mainText, { timeout: 20_000 }).toContain(draft)
    expect(await preview.locator('h1').textContent()).toBe('Wizyta delegacji w Esslingen')
    expect(await preview.locator('html').getAttribute('lang')).toBe('pl')
    await shot(page, 'activities-live-preview-1280')
    await page.getByRole('button', { name: 'Wyjdź z Podglądu na Żywo', exact: true }).click()

    const reader = await fetch(`${server.url}/pl/activities/${activitySlug}`)
    expect(reader.status).toBe(200)
    const html = await reader.text()
    expect(html).toContain('Wizyta delegacji w Esslingen')
    expect(html).not.toContain(draft)
    expect(scriptErrors).toEqual([])
  }, 120_000)

  it('the contact office is entered on its tab and published: the city page names it', async () => {
    const [vienne] = (await anonymous.get('/partnerships?where[slug][equals]=vienne&depth=0&locale=pl')).docs
    await page.goto(`${server.url}/admin/collections/partnerships/${vienne.id}?locale=pl`)
    await expect.poll(() => page.locator('#field-name').isEditable(), { timeout: 30_000 }).toBe(true)
    await page.getByRole('button', { name: /^Biuro kontaktowe(\s*\d+)?$/ }).click()
    await page.locator('#field-contactOffice__ours__institution').fill('Urząd Miasta Piotrkowa Trybunalskiego')
    await page.locator('#field-contactOffice__ours__email').fill('wspolpraca@example.org')
    await page.locator('#field-contactOffice__theirs__website').fill('https://www.example.fr/jumelage')
    await shotBothWidths('contact-office-edit')
    await page.getByRole('button', { name: 'Opublikuj w Polski' }).click()

    const cityPage = async () => (await fetch(`${server.url}/pl/partnerships/vienne`)).text()
    await expect.poll(cityPage, { timeout: 30_000 }).toContain('<p>Urząd Miasta Piotrkowa Trybunalskiego</p>')
    const html = await cityPage()
    expect(html).toContain('<a href="mailto:wspolpraca@example.org">wspolpraca@example.org</a>')
    expect(html).toContain('<a href="https://www.example.fr/jumelage" rel="noopener">www.example.fr</a>')
    expect(scriptErrors).toEqual([])
  }, 120_000)
})
