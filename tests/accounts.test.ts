import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { allowedOrigins, servedOverHttps } from '@/config/allowedOrigins'

import { startPayload, type TestContext } from './helpers/payload'

/** Accounts under attack: guessing, telling accounts apart, and borrowing a session cross-site. */

const site = 'https://twin.example.org'
let ctx: TestContext
const password = 'the-right-password-1234'

beforeAll(async () => {
  // Read when the config is loaded: the site is served over HTTPS from `site`.
  process.env.SERVER_URL = site
  ctx = await startPayload()
  for (const email of ['known@example.com', 'victim@example.com', 'cookie@example.com', 'careless@example.com']) {
    await ctx.payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
  }
})
afterAll(async () => {
  await ctx?.stop()
  delete process.env.SERVER_URL
})

const login = (email: string, pass: string, headers?: Record<string, string>) =>
  ctx.rest.request('POST', '/users/login', { body: { email, password: pass }, headers })

describe('login', () => {
  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const unknown = await login('nobody@example.com', 'whatever-password')
    const wrong = await login('known@example.com', 'not-the-password')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(unknown.status)
    expect(wrong.body).toEqual(unknown.body)
  })

  it('locks an account for ten minutes after five failed logins, and says nothing more', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login('victim@example.com', `wrong-${attempt}`)).status).toBe(401)
    const started = Date.now()
    const locked = await login('victim@example.com', password)
    const unknown = await login('nobody@example.com', password)
    expect(locked.status).toBe(unknown.status)
    expect(locked.body).toEqual(unknown.body)
    const { docs } = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: 'victim@example.com' } },
      showHiddenFields: true,
    })
    const lockUntil = new Date((docs[0] as any).lockUntil).getTime()
    expect(lockUntil - started).toBeGreaterThan(9 * 60_000)
    expect(lockUntil - started).toBeLessThanOrEqual(10 * 60_000 + 5_000)
  })

  it('still lets the right password in before the fifth failure', async () => {
    for (let attempt = 0; attempt < 4; attempt++) await login('careless@example.com', `wrong-${attempt}`)
    expect((await login('careless@example.com', password)).status).toBe(200)
  })
})

describe('password reset', () => {
  it('answers an unknown e-mail exactly like a known one', async () => {
    const known = await ctx.rest.post('/users/forgot-password', { email: 'cookie@example.com' })
    const unknown = await ctx.rest.post('/users/forgot-password', { email: 'nobody@example.com' })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
  })
})

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and, with an https SERVER_URL, Secure', async () => {
    const { status, headers } = await login('cookie@example.com', password)
    expect(status).toBe(200)
    const cookie = headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Secure/i)
  })

  it('is not Secure for a plain-http site (development)', () => {
    expect(servedOverHttps({ SERVER_URL: 'http://localhost:3000' })).toBe(false)
    expect(servedOverHttps({ SERVER_URL: site })).toBe(true)
  })

  it('is believed only from the allowed origin (CSRF)', async () => {
    const { headers } = await login('cookie@example.com', password)
    const cookie = (headers.get('set-cookie') ?? '').split(';')[0]!
    const me = (origin: string) => ctx.rest.request('GET', '/users/me', { headers: { cookie, origin } })
    expect((await me(site)).body.user?.email).toBe('cookie@example.com')
    expect((await me('https://evil.example')).body.user ?? null).toBeNull()
  })
})

describe('CORS', () => {
  it('lets only the allowed origin read the API from a browser', async () => {
    const allowed = await ctx.rest.request('GET', '/partnerships?locale=pl&limit=1', { headers: { origin: site } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(site)
    const other = await ctx.rest.request('GET', '/partnerships?locale=pl&limit=1', {
      headers: { origin: 'https://evil.example' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('takes its list from ALLOWED_ORIGINS, else from SERVER_URL', () => {
    expect(allowedOrigins({ SERVER_URL: 'https://a.example/path' })).toEqual(['https://a.example'])
    expect(
      allowedOrigins({
        SERVER_URL: 'https://a.example',
        ALLOWED_ORIGINS: 'https://b.example, https://c.example:8443/',
      }),
    ).toEqual(['https://b.example', 'https://c.example:8443'])
    expect(allowedOrigins({})).toEqual([])
  })
})
