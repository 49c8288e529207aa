import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { cacheExpiriesSlug } from '@/cache/CacheExpiries'

export type FullExport = {
  collections: Record<string, { docs: unknown[]; versions: unknown[] | null }>
  globals: Record<string, { doc: unknown; versions: unknown[] | null }>
}

const everything = { locale: 'all', depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true } as const

/**
 * Every document of every collection and global, in every locale, with its drafts and versions:
 * what a backup must bring back and what hostile requests must leave untouched.
 */
export async function exportAll(payload: Payload): Promise<FullExport> {
  const out: FullExport = { collections: {}, globals: {} }
  for (const { config } of Object.values(payload.collections)) {
    const slug = config.slug as CollectionSlug
    // Payload's own bookkeeping, and the log of cache expiries every change adds: not content.
    if (slug.startsWith('payload-') || slug === cacheExpiriesSlug) continue
    const { docs } = await payload.find({
      ...everything,
      collection: slug,
      sort: 'id',
      draft: Boolean(config.versions?.drafts),
    } as never)
    const versions = config.versions
      ? (await payload.findVersions({ ...everything, collection: slug, sort: 'createdAt' } as never)).docs
      : null
    out.collections[slug] = { docs, versions }
  }
  for (const config of payload.config.globals) {
    const slug = config.slug as GlobalSlug
    const doc = await payload.findGlobal({ ...everything, slug } as never)
    const versions = config.versions
      ? (await payload.findGlobalVersions({ ...everything, slug, sort: 'createdAt' } as never)).docs
      : null
    out.globals[slug] = { doc, versions }
  }
  return out
}
