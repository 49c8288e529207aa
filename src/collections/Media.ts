import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { revalidateCollection } from '@/cache/revalidate'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { pl: 'Plik', en: 'Media' }, plural: { pl: 'Pliki', en: 'Media' } },
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  admin: { group: { pl: 'Pliki', en: 'Media' }, useAsTitle: 'filename' },
  hooks: { afterOperation: [revalidateCollection] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      // Alternative text is a legal duty for Polish public bodies (WCAG 2.1 AA, 1.1.1).
      required: true,
      label: { pl: 'Tekst alternatywny', en: 'Alternative text' },
    },
    { name: 'credit', type: 'text', label: { pl: 'Autor / źródło', en: 'Credit' } },
  ],
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR || 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 640 },
      { name: 'hero', width: 1280 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
    adminThumbnail: 'thumbnail',
  },
}
