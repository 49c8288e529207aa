import { contentCollection } from '@/collections/content'
import { dayOnly } from '@/fields/dayOnly'
import { slugField } from '@/fields/slug'

export const HistoryArticles = contentCollection({
  slug: 'history-articles',
  labels: {
    singular: { pl: 'Artykuł historyczny', en: 'History article' },
    plural: { pl: 'Historia', en: 'History articles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { pl: 'Tytuł', en: 'Title' } },
    slugField('title'),
    { name: 'excerpt', type: 'textarea', localized: true, label: { pl: 'Zajawka', en: 'Excerpt' } },
    { name: 'content', type: 'richText', localized: true, label: { pl: 'Treść', en: 'Content' } },
    {
      name: 'publishedAt',
      type: 'date',
      label: { pl: 'Data publikacji', en: 'Published on' },
      admin: { position: 'sidebar', ...dayOnly },
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
})
