import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { cacheTag } from '@/utilities/cacheTag'

// Expire at once, not stale-while-revalidate: the next reader already gets the new content.
const expireNow = { expire: 0 }

function expire(slug: string, context: Record<string, unknown>) {
  // Seeds and bulk imports run outside a Next request and say so.
  if (context.disableRevalidate) return
  try {
    revalidateTag(cacheTag(slug), expireNow)
  } catch (error) {
    // Outside Next (CLI scripts, tests) there is no cache to expire.
    if (!String(error).includes('static generation store missing')) throw error
  }
}

/** Every public page reads whole collections through one tag each, so any change expires it. */
export const revalidateCollection: CollectionAfterChangeHook = ({ collection, context, doc }) => {
  expire(collection.slug, context)
  return doc
}

export const revalidateCollectionAfterDelete: CollectionAfterDeleteHook = ({ collection, context, doc }) => {
  expire(collection.slug, context)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, context, doc }) => {
  expire(global.slug, context)
  return doc
}
