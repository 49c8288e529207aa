import type { CollectionConfig } from 'payload'

import { editors } from '@/access/editors'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { publishedOrLoggedIn } from '@/access/publishedOrLoggedIn'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { contentVersions } from '@/collections/versions'
import { revalidateCollection } from '@/hooks/revalidate'
import { cityFields } from '@/fields/city'
import { datePrecisionField } from '@/fields/datePrecision'
import { partnershipStatusField } from '@/fields/partnershipStatus'
import { httpUrl, notInFuture } from '@/fields/validators'
import { previewURL } from '@/utilities/previewPath'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } as const

export const Partnerships: CollectionConfig = {
  slug: 'partnerships',
  labels: {
    singular: { pl: 'Miasto partnerskie', en: 'Partner city' },
    plural: { pl: 'Miasta partnerskie', en: 'Partner cities' },
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
    defaultColumns: ['name', 'country', 'agreementDate', 'status', '_status'],
    group: { pl: 'Treści', en: 'Content' },
    preview: (doc, { locale }) => previewURL('partnerships', doc.slug, locale),
  },
  defaultSort: 'agreementDate',
  versions: contentVersions,
  fields: cityFields([
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
  ]),
}
