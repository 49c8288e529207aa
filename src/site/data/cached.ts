import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { CollectionSlug, GlobalSlug } from 'payload'

import { cacheTag } from '@/cache/tags'

/**
 * Published content is cached until a hook expires its tag. In draft mode (an editor's preview)
 * the latest drafts are read, uncached, and never stored where a reader could get them.
 */
export async function cached<T>(
  slugs: (CollectionSlug | GlobalSlug)[],
  key: unknown[],
  load: (draft: boolean) => Promise<T>,
): Promise<T> {
  const { isEnabled } = await draftMode()
  if (isEnabled) return load(true)
  return unstable_cache(() => load(false), [...slugs, ...key.map(String)], { tags: slugs.map(cacheTag) })()
}
