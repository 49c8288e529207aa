// @ts-check
import { LRUCache } from 'lru-cache'

/**
 * Next's incremental cache (readers' pages, cached data) for one instance, in its memory.
 *
 * An entry is served until a tag it was built from expires after its render began: the publish
 * hooks expire tags in the instance that wrote, and every instance learns the others' expiries from
 * the database (src/cache/followExpiries.ts). Both fill the map below, which src/cache/expiredTags.ts
 * shares under the same symbol: Next imports this file itself, outside the app's bundles.
 *
 * Times are this process's `performance.now()`: monotonic, and never compared with another
 * machine's clock. A render is dated by the cache miss that started it, so a render that read the
 * database before an expiry arrived is never kept as if it were newer.
 */
const KEY = Symbol.for('miasta-partnerskie.expiredTags')
const STORE = Symbol.for('miasta-partnerskie.pageCache')

/** @type {Record<symbol, any>} */
const shared = globalThis

/** @returns {Map<string, number>} */
function expiredTags() {
  return (shared[KEY] ??= new Map())
}

/**
 * Page props carry the tags of what the page read (src/site/views/readerProps.ts).
 * @param {any} data
 * @param {{ tags?: string[] } | undefined} ctx
 * @returns {string[]}
 */
function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return ctx?.tags ?? data.tags ?? []
  if (data?.kind === 'PAGES') return data.pageData?.pageProps?.cacheTags ?? []
  const header = data?.headers?.['x-next-cache-tags']
  return typeof header === 'string' ? header.split(',') : []
}

/**
 * Sizes as Next's own memory cache counts them.
 * @param {any} data
 */
function sizeOf(data) {
  if (!data) return 25
  if (data.kind === 'FETCH') return JSON.stringify(data.data ?? '').length
  if (typeof data.html === 'string') return data.html.length + (JSON.stringify(data.pageData ?? '')?.length ?? 0)
  return JSON.stringify(data).length
}

// 512 MB by default: 10,000 cities in six languages (~30 KB a page) fit twice over.
const maxSize = Number(process.env.PAGE_CACHE_MB || 512) * 1024 * 1024

/**
 * Next makes a handler per request, and the server and each route bundle load this file apart: the
 * entries live once per process, under a registered symbol.
 */
function store() {
  return (shared[STORE] ??= {
    /** @type {LRUCache<string, { value: any, tags: string[], startedAt: number, lastModified: number }>} */
    entries: new LRUCache({ maxSize, sizeCalculation: (entry, key) => key.length + sizeOf(entry.value) }),
    /**
     * For each missing key, when the earliest render still under way began, and how many are
     * (Next renders a page once however many ask, but cached data once per caller). A render
     * that failed never sets: after a minute its record is taken for abandoned.
     */
    misses: new Map(),
  })
}

export default class PageCache {
  entries = store().entries
  misses = store().misses

  /** @param {string} key */
  async get(key) {
    const entry = this.entries.get(key)
    if (entry && !this.expired(entry)) return { value: entry.value, lastModified: entry.lastModified }
    this.entries.delete(key)
    const now = performance.now()
    const miss = this.misses.get(key)
    if (miss && now - miss.startedAt < 60_000) miss.pending += 1
    else this.misses.set(key, { startedAt: now, pending: 1 })
    // Bounded, whatever paths are asked for: the oldest record goes first.
    if (this.misses.size > 10_000) this.misses.delete(this.misses.keys().next().value)
    return null
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ tags?: string[] }} [ctx]
   */
  async set(key, data, ctx) {
    const miss = this.misses.get(key)
    const startedAt = miss?.startedAt ?? performance.now()
    if (miss && --miss.pending <= 0) this.misses.delete(key)
    // Not-found results are not kept: a slug nobody has yet may be published any time.
    if (!data) return void this.entries.delete(key)
    this.entries.set(key, { value: data, tags: tagsOf(data, ctx), startedAt, lastModified: Date.now() })
  }

  /** `revalidateTag` from Next code in this process (the /next/revalidate route). */
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = performance.now()
    for (const tag of [tags].flat()) expiredTags().set(tag, now)
  }

  resetRequestCache() {}

  /** @param {{ tags: string[], startedAt: number }} entry */
  expired(entry) {
    const expired = expiredTags()
    // `*`: everything (src/cache/followExpiries.ts, after losing track of the others' expiries).
    if ((expired.get('*') ?? -Infinity) >= entry.startedAt) return true
    return entry.tags.some((tag) => (expired.get(tag) ?? -Infinity) >= entry.startedAt)
  }
}
