import { AsyncLocalStorage } from 'node:async_hooks'
import { unstable_cache } from 'next/cache'
import type { CollectionSlug, GlobalSlug } from 'payload'

import { cacheTag, documentTag } from '@/cache/tags'

/** One page's load: its draft mode, the tags it read, and its reads by key (each done once a page). */
type Reading = { draft: boolean; tags: Set<string>; reads: Map<string, Promise<unknown>> }

const reading = new AsyncLocalStorage<Reading>()

/**
 * Loads what one page shows, and which cache tags it read: a readers' page is cached whole under
 * them (src/cache/handler.mjs), so the tags of its data are, by construction, the tags of the page.
 * Previews read the latest drafts; readers the published documents only.
 */
export async function readPage<T>(draft: boolean, load: () => Promise<T>): Promise<{ data: T; tags: string[] }> {
  const tags = new Set<string>()
  const data = await reading.run({ draft, tags, reads: new Map() }, load)
  return { data, tags: [...tags].sort() }
}

/** A read of one collection's documents that only they can change (a page found by its slug). */
export type DocumentRead<T> = { collection: CollectionSlug; ids: (result: T) => (number | string)[] }

/**
 * Published content is cached until a hook expires its tag. Within a page's load (above) the page
 * is what is cached: the read is recorded and done once, by the tags of `reads` or, for a `document`
 * read, by the tags of the documents found instead of their collection's. Elsewhere (open data,
 * the sitemap, map files) the result goes to Next's data cache under the collections' tags.
 */
export async function cached<T>(
  reads: (CollectionSlug | GlobalSlug)[],
  key: unknown[],
  load: (draft: boolean) => Promise<T>,
  document?: DocumentRead<T>,
): Promise<T> {
  const page = reading.getStore()
  if (page) {
    // A page reads some things twice (the commitments for the filters and for the list's areas):
    // the same key is the same read, as for the data cache below.
    const id = JSON.stringify([reads, key])
    if (!page.reads.has(id)) page.reads.set(id, load(page.draft))
    const result = (await page.reads.get(id)) as T
    for (const slug of reads) if (slug !== document?.collection) page.tags.add(cacheTag(slug))
    for (const id of document?.ids(result) ?? []) page.tags.add(documentTag(document!.collection, id))
    return result
  }
  return unstable_cache(() => load(false), [...reads, ...key.map(String)], { tags: reads.map(cacheTag) })()
}
