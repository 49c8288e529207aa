import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningServer, startProductionServer } from './helpers/server'

const email = 'podglad@example.org'
const password = 'preview-password-123'

let server: RunningServer
let token: string
let petrinja: { id: number | string }

beforeAll(async () => {
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  token = (await login.json()).token
  const found = await fetch(`${server.url}/api/partnerships?where[slug][equals]=petrinja&locale=pl`)
  petrinja = (await found.json()).docs[0]
}, 900_000)
afterAll(() => server?.stop())

const page = (path: string, cookie?: string) =>
  fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' }).then(async (response) => ({
    status: response.status,
    html: await response.text(),
    headers: response.headers,
  }))

describe('draft preview', () => {
  it('refuses anyone who is not signed in', async () => {
    const response = await page('/next/preview?path=/pl/partnerships/petrinja')
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })

  it('refuses to redirect off the site', async () => {
    const response = await fetch(`${server.url}/next/preview?path=//evil.example`, {
      headers: { Authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ field: 'path' }] })
  })

  it('shows an editor the draft while readers keep the published text', async () => {
    const draft = `Wersja robocza ${Date.now()}`
    const saved = await fetch(`${server.url}/api/partnerships/${petrinja.id}?draft=true&locale=pl`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ summary: draft, _status: 'draft' }),
    })
    expect(saved.status).toBe(200)

    const enter = await fetch(`${server.url}/next/preview?path=/pl/partnerships/petrinja`, {
      headers: { Authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(enter.status).toBe(307)
    // The preview layout, with the live-preview listener that readers' pages never load.
    expect(enter.headers.get('location')).toBe('/preview/pl/partnerships/petrinja')
    const cookie = (enter.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)

    const previewed = await page('/preview/pl/partnerships/petrinja', cookie)
    expect(previewed.html).toContain(draft)
    // Draft mode shows drafts on the readers' pages too; without it, the preview path leads there.
    expect((await page('/pl/partnerships/petrinja', cookie)).html).toContain(draft)
    const withoutDraftMode = await page('/preview/pl/partnerships/petrinja')
    expect(withoutDraftMode.status).toBe(307)
    expect(new URL(withoutDraftMode.headers.get('location')!, server.url).pathname).toBe('/pl/partnerships/petrinja')
    const published = await page('/pl/partnerships/petrinja')
    expect(published.status).toBe(200)
    expect(published.html).not.toContain(draft)
  })
})
