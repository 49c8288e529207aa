/**
 * When this process last learned that each cache tag expired, on the `performance.now()` clock:
 * filled by the publish hooks (src/cache/expire.ts) and by the follower of every other instance's
 * expiries (src/cache/followExpiries.ts); read by Next's cache handler (src/cache/handler.mjs),
 * which Next loads on its own, outside our bundles, hence a global under a registered symbol.
 */
const KEY = Symbol.for('miasta-partnerskie.expiredTags')

type Shared = { [KEY]?: Map<string, number> }

export function expiredTags(): Map<string, number> {
  const shared = globalThis as Shared
  return (shared[KEY] ??= new Map())
}

export function markExpired(tags: Iterable<string>): void {
  const now = performance.now()
  const expired = expiredTags()
  for (const tag of tags) expired.set(tag, now)
}
