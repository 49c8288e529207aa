import type { CollectionConfig } from 'payload'

export const cacheExpiriesSlug = 'cache-expiries'

/**
 * What every app instance needs to hear about a publish: the cache tags it expired. Written after
 * each change readers see (src/cache/expire.ts) and read a few times a second by every instance
 * (src/cache/followExpiries.ts), so several instances on one database stay consistent with no
 * other service. Nobody reads or writes it through the API; rows older than an hour are deleted.
 */
export const CacheExpiries: CollectionConfig = {
  slug: cacheExpiriesSlug,
  admin: { hidden: true },
  // Nobody edits a row: no lock, and no column for it in the locks' table.
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    // Space-separated: a plain column every database can store and return in one read.
    { name: 'tags', type: 'text', required: true },
    // The instance that wrote it, which has expired its own cache already.
    { name: 'origin', type: 'text', required: true },
  ],
}
