import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { screenshotDir } from './browser'
import type { RunningServer } from './server'

export type Account = { email: string; password: string }

/** The first admin, created by the seed from the test environment. */
export const firstAdmin = (): Account => ({ email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! })

/** JSON over HTTP against a running server, as one signed-in user (or anonymously). */
export function httpApi(server: RunningServer) {
  let token: string | undefined
  const call = async (method: string, apiPath: string, body?: unknown, { allowError = false } = {}) => {
    const response = await fetch(`${server.url}/api${apiPath}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json().catch(() => null)
    if (!response.ok && !allowError) throw new Error(`${method} ${apiPath}: ${response.status} ${JSON.stringify(json)}`)
    return { status: response.status, body: json }
  }
  return {
    call,
    /** The answer's JSON; throws with the status and body on an error. */
    json: async (method: string, apiPath: string, body?: unknown) => (await call(method, apiPath, body)).body,
    /** The session token, for requests this helper does not make (uploads). */
    token: () => token,
    get: async (apiPath: string) => (await call('GET', apiPath)).body,
    post: async (apiPath: string, body: unknown) => (await call('POST', apiPath, body)).body,
    patch: async (apiPath: string, body: unknown) => (await call('PATCH', apiPath, body)).body,
    login: async ({ email, password }: Account = firstAdmin()) => {
      token = (await call('POST', '/users/login', { email, password })).body.token
    },
  }
}

/** A browser context signed in to the admin, on its dashboard. */
export async function signIn(
  browser: Browser,
  server: RunningServer,
  { email, password }: Account,
  { locale = 'en-GB', width = 1280 }: { locale?: 'pl-PL' | 'en-GB'; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** A full-page screenshot in test-results/screenshots, to be looked at. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

/** Opens an edit view's Live Preview (its button named in the admin's language): its frame, and the text of its page's main. */
export async function openLivePreview(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  const frame = page.frameLocator('iframe')
  // Empty while the frame is still loading, so a poll waits for the page.
  const mainText = () =>
    frame
      .locator('main')
      .textContent()
      .catch(() => '')
  return { frame, mainText }
}
