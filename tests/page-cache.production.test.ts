import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { type RunningServer, startProductionServer } from './helpers/server'

/*
 * A change expires exactly the readers' pages that show it (src/site/data/cached.ts): a page found
 * by its slug depends on its document alone; lists, the home page and the partnerships' pages
 * (each shows its neighbours by date) on their whole collection. `x-nextjs-cache` says whether a
 * page came from the cache (HIT) or was rendered for this request.
 */
let server: RunningServer
let admin: ReturnType<typeof httpApi>
beforeAll(async () => {
  server = await startProductionServer()
  admin = httpApi(server)
  await admin.login()
})
afterAll(() => server?.stop())

const read = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  expect(response.status, path).toBe(200)
  return { cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}
/** Read twice: the second read comes from the cache. */
const warm = async (paths: string[]) => {
  for (const path of paths) await read(path)
  for (const path of paths) expect((await read(path)).cache, path).toBe('HIT')
}

describe('a change expires the pages that show it, and no other', () => {
  it('a friendly city’s: its page, its list and the home page, not the other city’s page or the history', async () => {
    const { docs } = await admin.get('/friendly-cities?locale=pl&sort=name&depth=0')
    const [changed, other] = docs as { id: number; slug: string }[]
    const article = (await admin.get('/history-articles?locale=pl&depth=0')).docs[0]
    const pages = {
      changed: `/pl/friendly-cities/${changed.slug}`,
      other: `/pl/friendly-cities/${other.slug}`,
      history: `/pl/history/${article.slug}`,
      list: '/pl/friendly-cities',
      home: '/pl',
    }
    await warm(Object.values(pages))
    const summary = `Nowe streszczenie ${Date.now()}`
    await admin.patch(`/friendly-cities/${changed.id}?locale=pl`, { summary, _status: 'published' })
    expect((await read(pages.other)).cache).toBe('HIT')
    expect((await read(pages.history)).cache).toBe('HIT')
    const shown = await read(pages.changed)
    expect(shown.cache).not.toBe('HIT')
    expect(shown.html).toContain(summary)
    expect((await read(pages.list)).cache).not.toBe('HIT')
    expect((await read(pages.home)).cache).not.toBe('HIT')
  })

  it('a partnership’s: every partnership page (neighbours), not a friendly city’s', async () => {
    const { docs } = await admin.get('/partnerships?locale=pl&sort=agreementDate&depth=0')
    const friendly = (await admin.get('/friendly-cities?locale=pl&depth=0')).docs[0]
    const [first, , third] = docs as { id: number; slug: string }[]
    const pages = [`/pl/partnerships/${third.slug}`, `/pl/friendly-cities/${friendly.slug}`]
    await warm(pages)
    await admin.patch(`/partnerships/${first.id}?locale=pl`, { summary: `Zmiana ${Date.now()}`, _status: 'published' })
    expect((await read(pages[0])).cache).not.toBe('HIT')
    expect((await read(pages[1])).cache).toBe('HIT')
  })
})
