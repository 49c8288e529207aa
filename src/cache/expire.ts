import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { cacheExpiriesSlug } from '@/cache/CacheExpiries'
import { markExpired } from '@/cache/expiredTags'

/** This process, as the writer of expiries: it skips its own when it reads the others'. */
export const instanceId = randomUUID()

/**
 * Expires `tags` here at once and tells every other instance through the database. Never throws:
 * the change it follows is stored, and a page stale on other instances is a smaller harm than an
 * editor told their saved change failed.
 */
export async function publishExpiry(payload: Payload, tags: string[]): Promise<void> {
  markExpired(tags)
  try {
    await payload.create({
      collection: cacheExpiriesSlug,
      data: { tags: tags.join(' '), origin: instanceId },
      overrideAccess: true,
      depth: 0,
      context: { disableRevalidate: true },
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Telling other instances that ${tags.join(', ')} expired failed` })
  }
}
