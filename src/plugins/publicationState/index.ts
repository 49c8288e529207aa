import type { CollectionConfig, Config } from 'payload'

import { keepStatus } from './keepStatus'
import { restoreEndpoint } from './restoreEndpoint'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/**
 * Publication state changes only when a request asks for it: `_status`, a single-language publish,
 * a scheduled publication. Registered last, so that the translators' rule (their writes are drafts)
 * has already spoken.
 */
export const publicationState = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          endpoints: [restoreEndpoint(collection.slug), ...(collection.endpoints || [])],
          hooks: {
            ...collection.hooks,
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepStatus],
          },
        }
      : collection,
  ),
})
