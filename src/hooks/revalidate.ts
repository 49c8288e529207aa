import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { cacheTag } from '@/utilities/cacheTag'
import { revalidateToken } from '@/utilities/revalidateToken'

// Expire at once, not stale-while-revalidate: the next reader already gets the new content.
const expireNow = { expire: 0 }

/**
 * The job queue (scheduled publishing) runs inside the Next server but outside any request, where
 * `revalidateTag` cannot work; it asks its own server over HTTP instead.
 */
async function expireThroughServer(tag: string) {
  const base = process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
  try {
    const response = await fetch(`${base}/next/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidateToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: [tag] }),
    })
    if (!response.ok) console.error(`revalidating ${tag} through ${base} failed: ${response.status}`)
  } catch (error) {
    console.error(`revalidating ${tag} through ${base} failed:`, error)
  }
}

async function expire(slug: string, context: Record<string, unknown>) {
  // Seeds and bulk imports run outside a Next request and say so.
  if (context.disableRevalidate) return
  try {
    revalidateTag(cacheTag(slug), expireNow)
  } catch (error) {
    if (!String(error).includes('static generation store missing')) throw error
    // Outside Next (CLI scripts, tests) there is no cache to expire.
    if (process.env.NEXT_RUNTIME === 'nodejs') await expireThroughServer(cacheTag(slug))
  }
}

/** Every public page reads whole collections through one tag each, so any change expires it. */
export const revalidateCollection: CollectionAfterChangeHook = async ({ collection, context, doc }) => {
  await expire(collection.slug, context)
  return doc
}

export const revalidateCollectionAfterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc }) => {
  await expire(collection.slug, context)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, context, doc }) => {
  await expire(global.slug, context)
  return doc
}
