import { describe, expect, it } from 'vitest'

import { markExpired } from '@/cache/expiredTags'
// Next loads the handler itself, as plain JavaScript: so does this test.
import PageCache from '@/cache/handler.mjs'

const page = (tags: string[], html = '<p>page</p>') => ({
  kind: 'PAGES',
  html,
  pageData: { pageProps: { cacheTags: tags } },
  headers: {},
  status: 200,
})
let n = 0
const key = () => `/pl/test-${++n}`

describe('the readers’ page cache', () => {
  it('serves a page until a tag it read expires', async () => {
    const cache = new PageCache()
    const path = key()
    expect(await cache.get(path)).toBeNull()
    await cache.set(path, page(['payload:partnerships']), {})
    expect((await cache.get(path))?.value.html).toBe('<p>page</p>')
    markExpired(['payload:commitments'])
    expect(await cache.get(path)).not.toBeNull()
    markExpired(['payload:partnerships'])
    expect(await cache.get(path)).toBeNull()
  })

  it('does not keep a render that began before an expiry as newer than it', async () => {
    const cache = new PageCache()
    const path = key()
    expect(await cache.get(path)).toBeNull()
    // The render reads the database, then a publish's expiry arrives, then the render is stored.
    markExpired(['payload:history-articles'])
    await cache.set(path, page(['payload:history-articles']), {})
    expect(await cache.get(path)).toBeNull()
    // Rendered again after the expiry, it is kept.
    await cache.set(path, page(['payload:history-articles']), {})
    expect(await cache.get(path)).not.toBeNull()
  })

  it('is one cache however many handlers Next makes (one a request)', async () => {
    const path = key()
    await new PageCache().get(path)
    await new PageCache().set(path, page(['payload:media']), {})
    expect(await new PageCache().get(path)).not.toBeNull()
  })

  it('keeps no not-found result: a slug nobody has yet may be published any time', async () => {
    const cache = new PageCache()
    const path = key()
    await cache.get(path)
    await cache.set(path, null, {})
    expect(await cache.get(path)).toBeNull()
  })

  it('expires cached data by the tags Next gives it', async () => {
    const cache = new PageCache()
    const path = key()
    await cache.get(path)
    await cache.set(path, { kind: 'FETCH', data: { body: '1' }, revalidate: 60 }, { tags: ['payload:site-settings'] })
    expect(await cache.get(path)).not.toBeNull()
    await cache.revalidateTag('payload:site-settings')
    expect(await cache.get(path)).toBeNull()
  })

  it('drops everything on `*` (an instance that lost track of the others’ expiries)', async () => {
    const cache = new PageCache()
    const path = key()
    await cache.get(path)
    await cache.set(path, page(['payload:commitments']), {})
    markExpired(['*'])
    expect(await cache.get(path)).toBeNull()
  })
})
