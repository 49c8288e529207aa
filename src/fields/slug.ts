import type { TextField } from 'payload'

import { slug as validateSlug } from '@/fields/validators'
import { slugify } from '@/fields/slugify'

/**
 * A unique ASCII slug. Left empty, it is made from `source` (the Polish name or title, since Polish
 * is written first); once set it stays put unless an editor changes it, so links do not break.
 */
export const slugField = (source: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: { pl: 'Adres (slug)', en: 'Slug' },
  required: true,
  unique: true,
  index: true,
  validate: validateSlug,
  admin: {
    position: 'sidebar',
    description: {
      pl: 'Adres strony: litery a–z, cyfry i łączniki. Pozostaw puste, by utworzyć z polskiej nazwy.',
      en: 'The page address: letters a–z, digits and hyphens. Leave empty to make it from the Polish name.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
        const from = data?.[source]
        return typeof from === 'string' && from.trim() ? slugify(from) : value
      },
    ],
  },
})
