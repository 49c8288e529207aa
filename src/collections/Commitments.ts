import type { CollectionConfig } from 'payload'

import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { publishedOrLoggedIn } from '@/access/publishedOrLoggedIn'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { contentVersions } from '@/collections/versions'
import { revalidateCollection } from '@/hooks/revalidate'

export const Commitments: CollectionConfig = {
  slug: 'commitments',
  labels: {
    singular: { pl: 'Zobowiązanie', en: 'Commitment' },
    plural: { pl: 'Zobowiązania', en: 'Commitments' },
  },
  access: {
    read: publishedOrLoggedIn,
    create: editors,
    update: editorsOrTranslators,
    delete: editors,
  },
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    afterOperation: [revalidateCollection],
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', '_status'],
    group: { pl: 'Treści', en: 'Content' },
  },
  defaultSort: 'order',
  versions: contentVersions,
  fields: [
    {
      name: 'title',
      type: 'textarea',
      localized: true,
      required: true,
      label: { pl: 'Treść zobowiązania', en: 'Commitment' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { pl: 'Opis', en: 'Description' } },
    {
      name: 'order',
      type: 'number',
      required: true,
      min: 0,
      index: true,
      label: { pl: 'Kolejność', en: 'Order' },
      admin: { position: 'sidebar', step: 1 },
    },
  ],
}
