import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidateToken } from '@/cache/revalidateToken'

import { httpApi } from './helpers/admin'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * The routes Next serves beside Payload's (preview, revalidation, open data, map outlines, sitemaps,
 * pages) get malformed, empty and wrongly typed requests: every answer is below 500, and the JSON
 * ones name what was wrong. (Payload's REST and GraphQL have the fuzz suite in tests/fuzz/.)
 */
let server: RunningServer
let editor: string | undefined

type Case = [method: string, path: string, init?: { body?: string; type?: string; auth?: 'editor' | 'revalidate' }]

const junk = ['', 'x', '%00', '..%2F..%2Fetc%2Fpasswd', 'a'.repeat(3000), '%F0%9F%92%A9', '%E0%A4%A', '1;DROP', '..']
const bodies = ['', 'not json', '{', 'null', '[]', '{"tags":"payload:partnerships"}', '{"tags":[1]}', '{"tags":["x"]}']

const cases: Case[] = [
  ...bodies.map((body): Case => ['POST', '/next/revalidate', { body, auth: 'revalidate' }]),
  ...bodies.map((body): Case => ['POST', '/next/revalidate', { body, type: 'text/plain', auth: 'revalidate' }]),
  ['POST', '/next/revalidate', { body: '{"tags":["payload:partnerships"]}' }],
  ['GET', '/next/revalidate'],
  ...['', '?path=', '?path=http://evil.example', '?path=//evil.example', '?path=%00', `?path=/${'a'.repeat(5000)}`].map(
    (query): Case => ['GET', `/next/preview${query}`, { auth: 'editor' }],
  ),
  ['POST', '/next/preview', { body: '{}', auth: 'editor' }],
  ['GET', '/next/exit-preview?path=//evil.example'],
  ...['json', 'csv', 'geojson'].flatMap((format): Case[] => [
    ['POST', `/open-data/twin-cities.${format}`, { body: 'x' }],
    ['GET', `/open-data/twin-cities.${format}?where[id]=1&locale=xx&page=-1`],
  ]),
  ...junk.flatMap((name): Case[] => [
    ['GET', `/map/${name}.svg`],
    ['GET', `/sitemaps/${name}.xml`],
    ['GET', `/pl/partnerships/${name}`],
    ['GET', `/${name}/history/${name}`],
  ]),
  ['GET', '/pl/partnerships?page=-1&country=%00'],
  ['GET', '/pl/friendly-cities?page=abc&country=ZZZ'],
]

beforeAll(async () => {
  server = await startProductionServer()
  const api = httpApi(server)
  await api.login()
  editor = api.token()
}, 600_000)
afterAll(() => server?.stop())

describe('malformed requests to the routes beside Payload', () => {
  it(`answer below 500, and the JSON ones name what was wrong (${cases.length} requests)`, async () => {
    const failures: string[] = []
    for (const [method, path, { body, type = 'application/json', auth } = {}] of cases) {
      const headers: Record<string, string> = body === undefined ? {} : { 'content-type': type }
      if (auth === 'editor') headers.authorization = `JWT ${editor}`
      if (auth === 'revalidate') headers.authorization = `Bearer ${revalidateToken()}`
      const asked = `${method} ${path.slice(0, 80)} ${JSON.stringify(body ?? '').slice(0, 40)}`
      const response = await fetch(`${server.url}${path}`, { method, headers, body, redirect: 'manual' }).catch(
        (error: Error) => error,
      )
      // A client (undici, nginx) refuses an answer it cannot read, e.g. one with oversized headers.
      if (response instanceof Error) {
        failures.push(`${asked} → ${response.cause ?? response.message}`)
        continue
      }
      const text = await response.text()
      const what = `${asked} → ${response.status}`
      if (response.status >= 500) failures.push(what)
      else if (response.status >= 400 && response.headers.get('content-type')?.includes('json')) {
        const message = JSON.parse(text).errors?.[0]?.message
        if (!message) failures.push(`${what} without a message: ${text.slice(0, 200)}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})

describe('the percent-encoding check in front of the routes', () => {
  it('leaves well-encoded paths alone: an API path with %20, a page with an encoded letter', async () => {
    const api = await fetch(`${server.url}/api/partnerships/no%20such%20id?locale=pl`)
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toContain('json')
    const page = await fetch(`${server.url}/pl/partnerships/%C5%82%C3%B3d%C5%BA`, { redirect: 'manual' })
    expect(page.status).toBe(404)
    expect(await page.text()).toContain('<html')
    const unprefixed = await fetch(`${server.url}/partnerships/%C5%82`, { redirect: 'manual' })
    expect(unprefixed.status).toBe(307)
  })
})
