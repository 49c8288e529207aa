import type { CollectionConfig } from 'payload'

import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { publishedOrLoggedIn } from '@/access/publishedOrLoggedIn'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { revalidateCollection } from '@/cache/revalidate'
import { previewCollections, previewURL } from '@/publicPaths'

export type ContentCollection = Omit<CollectionConfig, 'access' | 'versions'> & {
  admin: NonNullable<CollectionConfig['admin']>
}

/**
 * What the four content collections (partnerships, friendly cities, commitments, history articles)
 * share: readers see published documents only, editors write, translators translate; changes
 * readers can see expire the public pages. Drafts save as one types, and a Save draft button stays,
 * so a translation is marked as saved when its translator says so (autosave does not mark it);
 * publish and unpublish can be scheduled. Those with a public page get the admin's preview button.
 */
export function contentCollection({ hooks, admin, ...config }: ContentCollection): CollectionConfig {
  const { slug } = config
  const preview: CollectionConfig['admin'] = previewCollections.includes(slug)
    ? { preview: (doc, { locale }) => previewURL(slug, doc.slug, locale) }
    : {}
  return {
    ...config,
    access: { read: publishedOrLoggedIn, create: editors, update: editorsOrTranslators, delete: editors },
    hooks: {
      ...hooks,
      beforeOperation: [publishedOnlyForAnonymous, ...(hooks?.beforeOperation ?? [])],
      afterOperation: [...(hooks?.afterOperation ?? []), revalidateCollection],
    },
    admin: { group: { pl: 'Treści', en: 'Content' }, ...preview, ...admin },
    versions: {
      drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
      maxPerDoc: 50,
    },
  }
}
