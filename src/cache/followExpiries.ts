import type { Payload } from 'payload'

import { cacheExpiriesSlug } from '@/cache/CacheExpiries'
import { instanceId } from '@/cache/expire'
import { markExpired } from '@/cache/expiredTags'

/** How often each instance reads the others' expiries: a publish shows everywhere within ~this. */
const INTERVAL_MS = Number(process.env.CACHE_POLL_MS || 250)
/**
 * Rows are read again for this long after the newest seen, so one committed late (a slow
 * transaction) or stamped by a machine whose clock runs behind (up to this much) is not missed.
 */
const OVERLAP_MS = 60_000
/** Rows older than this are of no use to anyone and are deleted (by any instance, now and then). */
const KEEP_MS = 3_600_000

type Row = { id: string | number; tags: string; origin: string; createdAt: string }

/**
 * Follows the expiries every other instance writes (src/cache/expire.ts) and expires the same
 * tags here. One indexed read of a few rows, four times a second: the price of consistency with no
 * service beside the database.
 */
export function followExpiries(payload: Payload): () => void {
  const seen = new Map<string, number>()
  let newest = Date.now()
  let stopped = false
  let lastPrune = 0

  async function poll() {
    const { docs } = await payload.find({
      collection: cacheExpiriesSlug,
      where: { createdAt: { greater_than: new Date(newest - OVERLAP_MS).toISOString() } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const row of docs as unknown as Row[]) {
      const at = Date.parse(row.createdAt)
      newest = Math.max(newest, at)
      if (seen.has(String(row.id))) continue
      seen.set(String(row.id), at)
      if (row.origin !== instanceId) markExpired(row.tags.split(' '))
    }
    for (const [id, at] of seen) if (at < newest - OVERLAP_MS) seen.delete(id)
    if (Date.now() - lastPrune > KEEP_MS / 6) {
      lastPrune = Date.now()
      await payload.delete({
        collection: cacheExpiriesSlug,
        where: { createdAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } },
        overrideAccess: true,
        depth: 0,
      })
    }
  }

  // While the database cannot be read, ask less often (up to every 5 s) and log once per outage.
  async function loop() {
    let failures = 0
    let lastRead = Date.now()
    while (!stopped) {
      try {
        await poll()
        // Rows older than KEEP_MS are deleted: after so long a gap some may be gone unread.
        if (Date.now() - lastRead > KEEP_MS - OVERLAP_MS) markExpired(['*'])
        lastRead = Date.now()
        if (failures > 0) payload.logger.info('Reading other instances’ cache expiries works again')
        failures = 0
      } catch (error) {
        if (failures++ === 0)
          payload.logger.error({ err: error, msg: 'Reading other instances’ cache expiries failed; retrying' })
      }
      const wait = Math.min(INTERVAL_MS * 2 ** failures, 5_000)
      await new Promise((resolve) => setTimeout(resolve, wait).unref())
    }
  }
  void loop()
  return () => {
    stopped = true
  }
}
