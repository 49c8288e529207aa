import { cityCollection } from '@/collections/cityCollection'
import { dayOnly } from '@/fields/dayOnly'
import { datePrecisionField } from '@/fields/datePrecision'
import { partnershipStatusField } from '@/fields/partnershipStatus'
import { httpUrl, notInFuture } from '@/fields/validators'

export const Partnerships = cityCollection({
  slug: 'partnerships',
  labels: {
    singular: { pl: 'Miasto partnerskie', en: 'Partner city' },
    plural: { pl: 'Miasta partnerskie', en: 'Partner cities' },
  },
  defaultColumns: ['name', 'country', 'agreementDate', 'status', '_status'],
  defaultSort: 'agreementDate',
  fields: [
    {
      name: 'agreementDate',
      type: 'date',
      required: true,
      index: true,
      validate: notInFuture,
      label: { pl: 'Data podpisania umowy', en: 'Agreement signed on' },
      admin: dayOnly,
    },
    partnershipStatusField({ defaultValue: 'active', required: true, index: true }),
    {
      name: 'statusHistory',
      type: 'array',
      label: { pl: 'Historia statusu', en: 'Status history' },
      labels: { singular: { pl: 'Decyzja', en: 'Decision' }, plural: { pl: 'Decyzje', en: 'Decisions' } },
      admin: {
        description: {
          pl: 'Decyzje o zawieszeniu lub zakończeniu współpracy, z podstawą i źródłem.',
          en: 'Decisions to suspend or end the partnership, with their basis and source.',
        },
      },
      fields: [
        partnershipStatusField({ required: true }),
        {
          type: 'row',
          fields: [
            {
              name: 'decidedOn',
              type: 'date',
              validate: notInFuture,
              label: { pl: 'Data decyzji', en: 'Decided on' },
              admin: dayOnly,
            },
            datePrecisionField(),
            { name: 'effectiveOn', type: 'date', label: { pl: 'Obowiązuje od', en: 'Effective on' }, admin: dayOnly },
          ],
        },
        { name: 'decidedBy', type: 'text', label: { pl: 'Organ', en: 'Decided by' } },
        {
          name: 'legalAct',
          type: 'text',
          label: { pl: 'Akt prawny (np. uchwała)', en: 'Legal act (e.g. resolution)' },
        },
        { name: 'sourceUrl', type: 'text', validate: httpUrl, label: { pl: 'Źródło (URL)', en: 'Source (URL)' } },
        { name: 'note', type: 'textarea', localized: true, label: { pl: 'Uwagi', en: 'Note' } },
      ],
    },
  ],
})
