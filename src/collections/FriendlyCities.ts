import { cityCollection } from '@/collections/cityCollection'
import { dayOnly } from '@/fields/dayOnly'
import { datePrecisionField } from '@/fields/datePrecision'
import { notInFuture } from '@/fields/validators'

export const FriendlyCities = cityCollection({
  slug: 'friendly-cities',
  labels: {
    singular: { pl: 'Miasto zaprzyjaźnione', en: 'Friendly city' },
    plural: { pl: 'Miasta zaprzyjaźnione', en: 'Friendly cities' },
  },
  defaultColumns: ['name', 'country', 'relationType', 'documentDate', '_status'],
  defaultSort: 'name',
  fields: [
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
            ...dayOnly,
            description: {
              pl: 'Pozostaw puste, jeśli data nie jest znana.',
              en: 'Leave empty when the date is not known.',
            },
          },
        },
        datePrecisionField(),
      ],
    },
  ],
})
