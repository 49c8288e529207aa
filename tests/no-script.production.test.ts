import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import messages from '@/i18n/messages/pl.json'
import { localeCodes } from '@/i18n/locales'

import { httpApi } from './helpers/admin'
import { payloadCliAsync } from './helpers/cli'
import {
  executableScripts,
  headings,
  nextScriptUrls,
  policyDirectives,
  READER_PAGES,
  scriptPreloads,
} from './helpers/html'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Issue 14: readers' pages carry no JavaScript. Every page type in every language, as `next start`
 * sends it: no script element but JSON-LD, no script preload, no Next script file, a CSP of
 * `script-src 'none'` with no nonce (a nonce would make the page uncacheable again), and the
 * one-second shared-cache header nginx relies on. The editors' preview keeps its scripts and nonce.
 */

const PAGES = {
  ...READER_PAGES,
  // Past PAGE_SIZE (50) partnerships: the synthetic cities below make a second page.
  secondPage: '/partnerships?page=2',
}
const rows = localeCodes().flatMap((locale) =>
  Object.entries(PAGES).map(([type, path]) => ({ locale, type, path: `/${locale}${path}` })),
)

let server: RunningServer
beforeAll(async () => {
  server = await startProductionServer()
  // Before any page is read, so no page was cached without them.
  const added = await payloadCliAsync(['synthetic', '60'], server.env)
  if (added.status !== 0) throw new Error(`synthetic cities: ${added.output}`)
}, 900_000)
afterAll(() => server?.stop())

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

// Soft: a failure lists every way a page still falls short, not only the first.

/** Nothing in the HTML that runs or fetches code. */
function expectNoScript(html: string) {
  expect.soft(executableScripts(html), 'script elements (JSON-LD excepted)').toEqual([])
  expect.soft(scriptPreloads(html), 'script preloads').toEqual([])
  expect.soft(nextScriptUrls(html), 'references to Next’s script files').toEqual([])
}

const TODAY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
}

/** `script-src 'none'`, no nonce anywhere, and the rest of today's policy no weaker. */
function expectScriptlessPolicy(policy: string | null) {
  expect.soft(policy).toBeTruthy()
  const directives = policyDirectives(policy)
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
    if (name === 'script-src' || directives[name])
      expect.soft(directives[name], `${name} in ${policy}`).toEqual(["'none'"])
  }
  // 'unsafe-inline' stays allowed for styles only: script-src above is 'none' outright.
  expect.soft(policy).not.toMatch(/'nonce-|'unsafe-eval'|'strict-dynamic'/)
  // Each of today's other restrictions stays, as it is or narrower ('none').
  for (const [name, today] of Object.entries(TODAY)) {
    const sources = directives[name] ?? ['(missing)']
    const narrower = sources.every((source) => today.includes(source)) || sources.join(' ') === "'none'"
    expect.soft(narrower, `${name} ${sources.join(' ')} in ${policy}`).toBe(true)
  }
}

describe('readers’ pages carry no JavaScript', () => {
  it.each(rows)('$locale $type ($path)', async ({ path }) => {
    const { status, headers, html } = await get(path)
    expect(status).toBe(200)
    expectNoScript(html)
    expectScriptlessPolicy(headers.get('content-security-policy'))
    expect.soft(headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1')
  })

  it('the second list page really is one (the synthetic cities arrived)', async () => {
    const { html } = await get('/pl/partnerships?page=2')
    expect(html).toContain('href="/pl/partnerships/syntetyczne-')
    expect(html).toMatch(/rel="prev"/)
  })
})

describe('an unknown city', () => {
  // The App Router left the body of a page that called notFound() to JavaScript
  // (vercel/next.js#62228); without scripts it must be in the server's HTML.
  it('answers 404 with the not-found page in the server’s HTML, in its language', async () => {
    const { status, html } = await get('/pl/partnerships/no-such-city')
    expect(status).toBe(404)
    expect(html).toMatch(/<html\b[^>]*\blang="pl"/)
    expect(headings(html)).toEqual([messages.notFound.title])
  })

  // Next renders a Pages Router 404 with the App Router's not-found page, runtime included, and
  // offers no way to drop it there. It needs none of it, and the readers' policy lets none run.
  it('runs no JavaScript: its policy allows none', async () => {
    const { headers } = await get('/pl/partnerships/no-such-city')
    expectScriptlessPolicy(headers.get('content-security-policy'))
  })
})

describe('the editors’ preview', () => {
  it('keeps its scripts (the live-preview listener), each with the response’s nonce', async () => {
    const api = httpApi(server)
    await api.login()
    const enter = await fetch(`${server.url}/next/preview?path=/pl/partnerships/petrinja`, {
      headers: { Authorization: `JWT ${api.token()}` },
      redirect: 'manual',
    })
    expect(enter.status).toBe(307)
    expect(enter.headers.get('location')).toBe('/preview/pl/partnerships/petrinja')
    const cookie = (enter.headers.get('set-cookie') ?? '').split(';')[0]
    const { status, headers, html } = await get('/preview/pl/partnerships/petrinja', { cookie })
    expect(status).toBe(200)
    const policy = headers.get('content-security-policy')
    const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
    expect(nonce, policy ?? 'no CSP').toBeTruthy()
    const scripts = executableScripts(html)
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    // Next's own header for draft mode: never kept by any cache.
    expect(headers.get('cache-control')).toMatch(/^private\b.*\bno-store\b/)
  })
})
