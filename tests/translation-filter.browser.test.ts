import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi, shot, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * The stored translation state in the admin's list, in Chromium against the production build: an
 * editor changes a Polish text, and a French translator's list filtered by "outdated in French"
 * shows exactly that city.
 */

const editor = { email: 'redaktor@example.org', password: 'redaktor-haslo-testowe' }
const translator = { email: 'traductrice@example.org', password: 'traductrice-haslo-testowe' }
const newSummary = 'Vienne: nowe streszczenie, po zmianie redaktora.'

let server: RunningServer
let browser: Browser
let admin: ReturnType<typeof httpApi>
let vienne: any

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  admin = httpApi(server)
  await admin.login()
  await admin.json('POST', '/users', { ...editor, name: 'Redaktor', roles: ['editor'] })
  await admin.json('POST', '/users', {
    ...translator,
    name: 'Traductrice',
    roles: ['translator'],
    translatorLocales: ['fr'],
  })
  vienne = (await admin.json('GET', '/partnerships?locale=pl&where[slug][equals]=vienne')).docs[0]
  // The seed leaves a few cities partly translated (their status notes): translate those into French,
  // so that nothing is outdated in French before the editor's change.
  const outdated = await admin.json(
    'GET',
    '/partnerships?locale=fr&fallback-locale=none&draft=true&depth=0&limit=100&where[translation.inFr][not_equals]=done',
  )
  for (const doc of outdated.docs) {
    await admin.json('PATCH', `/partnerships/${doc.id}?locale=fr`, {
      name: doc.name || 'Ville',
      summary: doc.summary || 'Résumé',
      statusHistory: (doc.statusHistory ?? []).map((row: any) => ({ ...row, note: row.note || 'Note' })),
      _status: 'published',
    })
  }
  const left = await admin.json('GET', '/partnerships?locale=pl&draft=true&where[translation.inFr][not_equals]=done')
  expect(left.totalDocs).toBe(0)
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('filtering the list by translation state', () => {
  it('an editor changes the Polish summary of Vienne and publishes it', async () => {
    const page = await signIn(browser, server, editor)
    await page.goto(`${server.url}/admin/collections/partnerships/${vienne.id}?locale=pl`)
    await expect.poll(() => page.locator('#field-name').isEditable(), { timeout: 15_000 }).toBe(true)
    await page.getByRole('button', { name: 'Description', exact: true }).click()
    await page.locator('#field-summary').fill(newSummary)
    const publish = page.getByRole('button', { name: /^Publish in Polski/ })
    await expect.poll(() => publish.isEnabled()).toBe(true)
    await publish.click()
    await expect
      .poll(async () => (await admin.json('GET', `/partnerships/${vienne.id}?locale=pl`)).summary, { timeout: 15_000 })
      .toBe(newSummary)
    await page.context().close()
  })

  it('the French translator filters by "outdated in French" and sees exactly Vienne', async () => {
    const page = await signIn(browser, server, translator)
    await page.goto(`${server.url}/admin/collections/partnerships?locale=fr&limit=100`)
    await page.locator('tbody tr').first().waitFor()
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(1)
    await filterBy(page, 'Translation: French', 'outdated')
    await expect.poll(() => rowTitles(page), { timeout: 15_000 }).toEqual(['Vienne'])
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('translation.inFr')
    await shot(page, 'admin-translator-list-outdated-fr')
    await page.context().close()
  })
})

/** Payload's list filter: "Filters", "Add Filter", the field, "equals", the value. */
async function filterBy(page: Page, field: string, value: string) {
  await page.getByRole('button', { name: 'Filters', exact: true }).click()
  await page.getByRole('button', { name: 'Add Filter', exact: true }).first().click()
  const condition = page.locator('.condition').first()
  await condition.locator('.condition__field .rs__control').click()
  await page.keyboard.type(field)
  await page.locator('.rs__option', { hasText: field }).first().click()
  await condition.locator('.condition__value .rs__control').click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${value}$`) }).click()
}

/** The name column of every row, in order (the link in each row's first cell). */
const rowTitles = async (page: Page) =>
  (await page.locator('tbody tr td:first-child a, tbody tr .cell-name a').allTextContents())
    .map((text) => text.trim())
    .filter(Boolean)
