import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { payloadCli } from './helpers/cli'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * The readers' cache belongs to the database it was filled from. A server started again on another
 * database (after `npm run restore`, a switch of DATABASE_URI, any start) shows what that database
 * holds, never what the previous one did.
 */
let server: RunningServer
const page = async (path: string) => (await fetch(`${server.url}${path}`)).text()

beforeAll(async () => {
  server = await startProductionServer()
}, 600_000)
afterAll(() => server?.stop())

describe('after a restore', () => {
  it('readers get the restored content, not the pages cached before it', async () => {
    const backup = path.join(server.dir, 'backup')
    const api = httpApi(server)
    await api.login()
    const [city] = (await api.get('/partnerships?limit=1&sort=name&locale=pl&depth=0')).docs
    expect(await page(`/pl/partnerships/${city.slug}`)).toContain(city.name)
    expect(payloadCli(['backup', backup], server.env).status).toBe(0)

    const renamed = `${city.name} po zmianie`
    await api.patch(`/partnerships/${city.id}?locale=pl`, { name: renamed, _status: 'published' })
    // Read, so that the renamed page and the home page are in the cache when the server stops.
    expect(await page(`/pl/partnerships/${city.slug}`)).toContain(renamed)
    expect(await page('/pl')).toContain(renamed)

    await server.kill('SIGTERM')
    expect(payloadCli(['restore', backup], server.env).status).toBe(0)
    await server.restart()

    for (const html of [await page(`/pl/partnerships/${city.slug}`), await page('/pl')]) {
      expect(html).toContain(city.name)
      expect(html).not.toContain(renamed)
    }
  }, 300_000)
})
