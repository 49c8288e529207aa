import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentSecurityPolicy, staticSecurityHeaders } from '@/config/securityHeaders'

import { openLivePreview } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Security headers on the production build, and the proof that the site, the admin and its live
 * preview still work under them: Chromium reports no Content-Security-Policy violation.
 */

let server: RunningServer
let browser: Browser
beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** Collects CSP violations (and script errors) in a page and all its frames. */
async function watched(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(String(error)))
  return problems
}

describe('headers', () => {
  it('a readers’ page allows no script and has none, the admin a nonce-based CSP on every script, new each time', async () => {
    const reader = await fetch(`${server.url}/pl`)
    const policy = reader.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'none'")
    expect(nonceOf(policy)).toBeUndefined()
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("object-src 'none'")
    // JSON-LD is a data block, which no policy runs.
    const readerScripts = (await reader.text()).match(/<script\b[^>]*>/g) ?? []
    expect(readerScripts.filter((tag) => !tag.includes('type="application/ld+json"'))).toEqual([])

    const first = await fetch(`${server.url}/admin/login`)
    const adminPolicy = first.headers.get('content-security-policy')
    const nonce = nonceOf(adminPolicy)
    expect(nonce).toBeTruthy()
    expect(adminPolicy).toContain("frame-ancestors 'none'")
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    expect(nonceOf((await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy'))).not.toBe(nonce)
    expect(reader.headers.get('x-content-type-options')).toBe('nosniff')
    expect(reader.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(reader.headers.get('permissions-policy')).toContain('camera=()')
  })

  it('a shared cache may keep public pages and anonymous API reads for a second, browsers and personal ones never', async () => {
    const publicly = 'public, max-age=0, s-maxage=1'
    expect((await fetch(`${server.url}/pl/partnerships/vienne`)).headers.get('cache-control')).toBe(publicly)
    expect((await fetch(`${server.url}/api/partnerships?locale=pl&limit=1`)).headers.get('cache-control')).toBe(
      publicly,
    )
    expect((await fetch(`${server.url}/admin/login`)).headers.get('cache-control')).toBe('private, no-store')
    const signedIn = { authorization: 'JWT whatever', cookie: 'payload-token=whatever' }
    expect(
      (await fetch(`${server.url}/api/partnerships?locale=pl&limit=1`, { headers: signedIn })).headers.get(
        'cache-control',
      ),
    ).toBe('private, no-store')
    expect(
      (await fetch(`${server.url}/pl`, { headers: { cookie: '__prerender_bypass=x' } })).headers.get('cache-control'),
    ).toBe('private, no-store')
    // Asked anonymously by the login page; a kept "nobody" would answer the admin after sign-in.
    for (const about of ['/api/users/me', '/api/access', '/api/payload-preferences/nav']) {
      expect((await fetch(`${server.url}${about}`)).headers.get('cache-control'), about).toBe('private, no-store')
    }
  })

  it('the admin cannot be framed', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('the API sends nosniff too', async () => {
    const response = await fetch(`${server.url}/api/partnerships?locale=pl&limit=1`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('HSTS and upgrade-insecure-requests only for an https site', () => {
    const https = { NODE_ENV: 'production', SERVER_URL: 'https://twin.example.org' }
    const http = { NODE_ENV: 'production', SERVER_URL: 'http://localhost:3000' }
    expect(staticSecurityHeaders(https).map((h) => h.key)).toContain('Strict-Transport-Security')
    expect(staticSecurityHeaders(http).map((h) => h.key)).not.toContain('Strict-Transport-Security')
    expect(contentSecurityPolicy({ nonce: 'n', framable: true, env: https })).toContain('upgrade-insecure-requests')
    // Production never allows eval.
    expect(contentSecurityPolicy({ nonce: 'n', framable: true, env: https })).not.toContain('unsafe-eval')
  })
})

describe('errors reach clients without stack traces or paths', () => {
  const leaks = /\/work\/|node_modules|\bat .+:\d+:\d+|\.tsx?:\d+/
  it.each([
    ['broken JSON', 'POST', '/api/commitments?locale=pl', '{"title": '],
    ['an unknown operator', 'GET', '/api/partnerships?where[slug][sounds_like]=x', undefined],
    ['a malformed id', 'GET', '/api/partnerships/%E0%A4%A', undefined],
    ['an unknown collection', 'GET', '/api/nothing-here', undefined],
  ])('%s', async (_, method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      body,
      headers: body ? { 'content-type': 'application/json' } : {},
    })
    const text = await response.text()
    expect(text).not.toMatch(leaks)
  })

  it('a missing page', async () => {
    const response = await fetch(`${server.url}/pl/partnerships/nie-ma-takiego`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toMatch(leaks)
  })
})

describe('under the policy, in Chromium', () => {
  it('public pages run without a CSP violation', async () => {
    const page = await browser.newPage()
    const problems = await watched(page)
    for (const path of ['/pl', '/he', '/pl/partnerships/vienne', '/en/accessibility']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    }
    expect(problems).toEqual([])
    await page.close()
  })

  it('the admin signs in and its live preview loads, without a CSP violation', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const problems = await watched(page)
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', process.env.ADMIN_EMAIL!)
    await page.fill('input[name="password"]', process.env.ADMIN_PASSWORD!)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    const { docs } = await (
      await fetch(`${server.url}/api/partnerships?locale=pl&limit=1&where[slug][equals]=vienne`)
    ).json()
    await page.goto(`${server.url}/admin/collections/partnerships/${docs[0].id}?locale=pl`)
    await page.locator('#field-name').waitFor({ timeout: 60_000 })
    const { frame } = await openLivePreview(page, 'Live Preview')
    await expect.poll(() => frame.locator('main h1').count(), { timeout: 20_000 }).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('hostile content is shown as text', () => {
  const name = 'Złe <img src=x onerror=alert(1)> "miasto" </script>'
  const summary = "</script><script>alert('summary')</script>"
  const text = (value: string) => ({
    type: 'text',
    version: 1,
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  const link = (url: string, label: string) => ({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { url, linkType: 'custom', newTab: false },
    children: [text(label)],
  })
  const content = {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [
            link('javascript:alert(1)', 'kliknij'),
            text(' i '),
            link('https://example.org/', 'dobry'),
            text(' <b>nie pogrubione</b>'),
          ],
        },
      ],
    },
  }

  beforeAll(async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
    })
    const { token } = await login.json()
    const created = await fetch(`${server.url}/api/partnerships?locale=pl`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        name,
        slug: 'zle-miasto',
        summary,
        content,
        country: 'DE',
        agreementDate: '2000-01-01T12:00:00.000Z',
        location: { latitude: 52, longitude: 13 },
        _status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
  })

  it.each(['/pl/partnerships/zle-miasto', '/pl'])(
    '%s escapes names, summaries and JSON-LD and drops a javascript: link',
    async (path) => {
      const html = await (await fetch(`${server.url}${path}`)).text()
      expect(html).toContain('Złe')
      expect(html).not.toContain('<img src=x')
      expect(html).not.toContain("<script>alert('summary')")
      expect(html).not.toMatch(/href="\s*javascript:/i)
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(json!)).not.toThrow()
      }
      if (path !== '/pl') {
        expect(html).toContain('href="https://example.org/"')
        expect(html).toContain('&lt;b&gt;nie pogrubione&lt;/b&gt;')
        const ld = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
          ([, json]) => JSON.parse(json!),
        )
        expect(ld.some((item) => item.name === name)).toBe(true)
      }
    },
  )

  it('runs none of it in Chromium', async () => {
    const page = await browser.newPage()
    const problems = await watched(page)
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    for (const path of ['/pl', '/pl/partnerships/zle-miasto'])
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    await page.getByText('kliknij').click()
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })
})
