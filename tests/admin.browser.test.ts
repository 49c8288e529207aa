import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, screenshotDir } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

const email = 'redakcja@example.org'
const password = 'correct-horse-battery-staple'

let server: RunningServer
let browser: Browser
beforeAll(async () => {
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signedIn(locale: 'pl-PL' | 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

describe('admin', () => {
  it('sends an anonymous visitor to the login screen', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/admin/collections/partnerships`)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.locator('input[name="password"]').count()).toBe(1)
    await page.close()
  })

  it('shows an editor all seeded partner cities in Polish, in a Polish interface', async () => {
    const page = await signedIn('pl-PL')
    await expect.poll(() => page.getByText('Miasta partnerskie').count()).toBeGreaterThan(0)
    await shot(page, 'admin-dashboard-pl')
    await page.goto(`${server.url}/admin/collections/partnerships?locale=pl&limit=50`)
    const table = page.locator('table')
    await table.waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Miasta partnerskie')
    for (const name of [
      'Esslingen nad Neckarem',
      'Maładeczno',
      'Równe',
      'Mosonmagyaróvár',
      'Marijampole',
      'Vienne',
      'Kostroma',
      'Žagubica',
      'Ness Ziona',
      'Petrinja',
    ]) {
      await expect.poll(() => table.getByText(name, { exact: true }).count(), { message: name }).toBe(1)
    }
    expect(await table.locator('tbody tr').count()).toBe(10)
    await expect.poll(() => table.getByText('Zakończone').count()).toBe(2)
    await shot(page, 'admin-partnerships-pl')
    await page.context().close()
  })

  it('shows the English versions in an English interface', async () => {
    const page = await signedIn('en-GB')
    await page.goto(`${server.url}/admin/collections/partnerships?locale=en&limit=50`)
    const table = page.locator('table')
    await table.waitFor()
    for (const name of ['Esslingen am Neckar', 'Maladzyechna', 'Rivne', 'Marijampolė', 'Žagubica']) {
      await expect.poll(() => table.getByText(name, { exact: true }).count(), { message: name }).toBe(1)
    }
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Partner cities')
    await shot(page, 'admin-partnerships-en')

    await page.goto(`${server.url}/admin/collections/commitments?locale=en`)
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(5)
    await page.goto(`${server.url}/admin/collections/friendly-cities?locale=en`)
    await expect.poll(() => page.locator('table').getByText('Velenje', { exact: true }).count()).toBe(1)
    await page.goto(`${server.url}/admin/collections/history-articles?locale=en`)
    await expect.poll(() => page.locator('table').getByText('The idea of twin cities').count()).toBe(1)
    await page.context().close()
  })

  it('opens an ended partnership with its status history', async () => {
    const page = await signedIn('pl-PL')
    await page.goto(`${server.url}/admin/collections/partnerships?locale=pl&where[slug][equals]=kostroma`)
    await page.locator('table').getByText('Kostroma', { exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/partnerships\/[^/?]+/)
    await page.locator('input[name="name"]').waitFor()
    expect(await page.locator('input[name="name"]').inputValue()).toBe('Kostroma')
    await shot(page, 'admin-partnership-edit-pl')
    await page.context().close()
  })
})
