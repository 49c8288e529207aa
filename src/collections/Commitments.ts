import { contentCollection } from '@/collections/content'

export const Commitments = contentCollection({
  slug: 'commitments',
  labels: {
    singular: { pl: 'Zobowiązanie', en: 'Commitment' },
    plural: { pl: 'Zobowiązania', en: 'Commitments' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', '_status'],
  },
  defaultSort: 'order',
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
})
