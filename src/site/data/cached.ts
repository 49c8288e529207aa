import { AsyncLocalStorage } from 'node:async_hooks'
import { unstable_cache } from 'next/cache'
import type { CollectionSlug, GlobalSlug } from 'payload'

import { cacheTag } from '@/cache/tags'

type Reading = { draft: boolean; tags: Set<string> }

const reading = new AsyncLocalStorage<Reading>()

/**
 * Loads what one page shows, and which cache tags it read: a readers' page is cached whole under
 * them (src/cache/handler.mjs), so the tags of its data are, by construction, the tags of the page.
 * Previews read the latest drafts; readers the published documents only.
 */
export async function readPage<T>(draft: boolean, load: () => Promise<T>): Promise<{ data: T; tags: string[] }> {
  const tags = new Set<string>()
  const data = await reading.run({ draft, tags }, load)
  return { data, tags: [...tags].sort() }
}

/**
 * Published content is cached until a hook expires its tag. Within a page's load (above) the page
 * is what is cached: the read is recorded and done. Elsewhere (open data, the sitemap, map files)
 * the result goes to Next's data cache under the same tags.
 */
export async function cached<T>(
  slugs: (CollectionSlug | GlobalSlug)[],
  key: unknown[],
  load: (draft: boolean) => Promise<T>,
): Promise<T> {
  const page = reading.getStore()
  if (page) {
    for (const slug of slugs) page.tags.add(cacheTag(slug))
    return load(page.draft)
  }
  return unstable_cache(() => load(false), [...slugs, ...key.map(String)], { tags: slugs.map(cacheTag) })()
}
