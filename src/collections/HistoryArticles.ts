import type { CollectionConfig } from 'payload'

import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { publishedOrLoggedIn } from '@/access/publishedOrLoggedIn'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { contentVersions } from '@/collections/versions'
import { revalidateCollection } from '@/hooks/revalidate'
import { slugField } from '@/fields/slug'
import { previewURL } from '@/utilities/previewPath'

export const HistoryArticles: CollectionConfig = {
  slug: 'history-articles',
  labels: {
    singular: { pl: 'Artykuł historyczny', en: 'History article' },
    plural: { pl: 'Historia', en: 'History articles' },
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
    defaultColumns: ['title', 'publishedAt', '_status'],
    group: { pl: 'Treści', en: 'Content' },
    preview: (doc, { locale }) => previewURL('history-articles', doc.slug, locale),
  },
  defaultSort: '-publishedAt',
  versions: contentVersions,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { pl: 'Tytuł', en: 'Title' } },
    slugField('title'),
    { name: 'excerpt', type: 'textarea', localized: true, label: { pl: 'Zajawka', en: 'Excerpt' } },
    { name: 'content', type: 'richText', localized: true, label: { pl: 'Treść', en: 'Content' } },
    {
      name: 'publishedAt',
      type: 'date',
      label: { pl: 'Data publikacji', en: 'Published on' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { pl: 'Zdjęcie główne', en: 'Hero image' } },
    {
      name: 'relatedPartnerships',
      type: 'relationship',
      relationTo: 'partnerships',
      hasMany: true,
      label: { pl: 'Powiązane miasta partnerskie', en: 'Related partner cities' },
      admin: { position: 'sidebar' },
    },
  ],
}
