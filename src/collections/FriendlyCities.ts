import type { CollectionConfig } from 'payload'

import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { publishedOrLoggedIn } from '@/access/publishedOrLoggedIn'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { contentVersions } from '@/collections/versions'
import { revalidateCollection } from '@/hooks/revalidate'
import { cityFields } from '@/fields/city'
import { datePrecisionField } from '@/fields/datePrecision'
import { notInFuture } from '@/fields/validators'
import { previewURL } from '@/utilities/previewPath'

export const FriendlyCities: CollectionConfig = {
  slug: 'friendly-cities',
  labels: {
    singular: { pl: 'Miasto zaprzyjaźnione', en: 'Friendly city' },
    plural: { pl: 'Miasta zaprzyjaźnione', en: 'Friendly cities' },
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
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'relationType', 'documentDate', '_status'],
    group: { pl: 'Treści', en: 'Content' },
    preview: (doc, { locale }) => previewURL('friendly-cities', doc.slug, locale),
  },
  defaultSort: 'name',
  versions: contentVersions,
  fields: cityFields([
    {
      name: 'relationType',
      type: 'select',
      required: true,
      defaultValue: 'letter-of-intent',
      label: { pl: 'Rodzaj relacji', en: 'Kind of tie' },
      options: [
        { value: 'letter-of-intent', label: { pl: 'List intencyjny', en: 'Letter of intent' } },
        { value: 'friendship', label: { pl: 'Przyjaźń', en: 'Friendship' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documentDate',
          type: 'date',
          validate: notInFuture,
          label: { pl: 'Data dokumentu', en: 'Document date' },
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            description: {
              pl: 'Pozostaw puste, jeśli data nie jest znana.',
              en: 'Leave empty when the date is not known.',
            },
          },
        },
        datePrecisionField(),
      ],
    },
  ]),
}
