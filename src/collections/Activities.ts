import type { DateFieldValidation } from 'payload'

import { contentCollection } from '@/collections/content'
import { datePrecisionField } from '@/fields/datePrecision'
import { dayOnly } from '@/fields/dayOnly'
import { slugField } from '@/fields/slug'
import { httpUrl, notInFuture } from '@/fields/validators'

/** An activity may last several days: it cannot end before it began. */
const notBeforeStart: DateFieldValidation = (value, options) => {
  const valid = notInFuture(value, options)
  if (valid !== true || !value) return valid
  const start = (options.siblingData as { date?: string } | undefined)?.date
  if (!start || Number.isNaN(Date.parse(start))) return true
  return (
    new Date(value).getTime() >= new Date(start).getTime() ||
    (options.req.t as (key: string) => string)('custom:endBeforeStart')
  )
}

export const ACTIVITY_KINDS = ['official-visit', 'exchange', 'cultural-event', 'project', 'agreement', 'other'] as const

/**
 * What the city does with its partners (issue 16): visits, exchanges, events, projects, letters. A
 * record of what happened, so dated no later than today; each names the partner cities involved and
 * the commitments (areas of cooperation) it serves.
 */
export const Activities = contentCollection({
  slug: 'activities',
  labels: {
    singular: { pl: 'Działanie', en: 'Activity' },
    plural: { pl: 'Współpraca', en: 'Cooperation' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'kind', '_status'],
  },
  defaultSort: '-date',
  // The kind filter of the readers' list (access control adds `_status`): at 50,000 activities a
  // kind's count took 10 ms and its first page 7 ms, each now under 1 ms from the index alone. No
  // (_status, date) index: with it SQLite walked every activity in date order to find one city's
  // five (its condition is an OR over the relationship's columns): 112 ms instead of under 1.
  indexes: [{ fields: ['kind', '_status', 'date'] }],
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { pl: 'Tytuł', en: 'Title' } },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: { pl: 'Streszczenie', en: 'Summary' } },
    { name: 'content', type: 'richText', localized: true, label: { pl: 'Opis', en: 'Description' } },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          validate: notInFuture,
          label: { pl: 'Data', en: 'Date' },
          admin: { ...dayOnly },
        },
        datePrecisionField(),
        {
          name: 'endDate',
          type: 'date',
          validate: notBeforeStart,
          label: { pl: 'Data zakończenia', en: 'End date' },
          admin: { ...dayOnly },
        },
      ],
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { pl: 'Rodzaj', en: 'Kind' },
      options: [
        { value: 'official-visit', label: { pl: 'Wizyta oficjalna', en: 'Official visit' } },
        { value: 'exchange', label: { pl: 'Wymiana mieszkańców lub uczniów', en: 'Exchange of residents or pupils' } },
        { value: 'cultural-event', label: { pl: 'Wydarzenie kulturalne', en: 'Cultural event' } },
        { value: 'project', label: { pl: 'Projekt', en: 'Project' } },
        { value: 'agreement', label: { pl: 'Umowa lub list', en: 'Agreement or letter' } },
        { value: 'other', label: { pl: 'Inne', en: 'Other' } },
      ],
    },
    {
      name: 'cities',
      type: 'relationship',
      relationTo: ['partnerships', 'friendly-cities'],
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      label: { pl: 'Miasta', en: 'Cities' },
    },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'commitments',
      hasMany: true,
      index: true,
      label: { pl: 'Obszary współpracy', en: 'Areas of cooperation' },
      admin: {
        description: {
          pl: 'Zobowiązania z umów, którym służy to działanie.',
          en: 'The commitments of the agreements this activity serves.',
        },
      },
    },
    { name: 'place', type: 'text', localized: true, label: { pl: 'Miejsce', en: 'Place' } },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { pl: 'Zdjęcia', en: 'Images' },
      admin: { description: { pl: 'Tekst alternatywny ustawia się przy pliku.', en: 'Alt text is set on the file.' } },
    },
    {
      name: 'sources',
      type: 'array',
      label: { pl: 'Źródła', en: 'Sources' },
      // The row's label names the "add" button: without it the Polish admin says "Dodaj Source".
      labels: { singular: { pl: 'Źródło', en: 'Source' }, plural: { pl: 'Źródła', en: 'Sources' } },
      fields: [
        { name: 'url', type: 'text', required: true, validate: httpUrl, label: 'URL' },
        { name: 'title', type: 'text', localized: true, label: { pl: 'Tytuł', en: 'Title' } },
      ],
    },
  ],
})
