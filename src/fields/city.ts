import type { Field } from 'payload'

import { countryField } from '@/fields/country'
import { slugField } from '@/fields/slug'
import { httpUrl, wikidataId } from '@/fields/validators'

const label = (pl: string, en: string) => ({ pl, en })

/** One side's office: an institution's public contact, never a person's (GDPR: no private data here). */
const office = (name: 'ours' | 'theirs', title: ReturnType<typeof label>): Field => ({
  name,
  type: 'group',
  label: title,
  fields: [
    { name: 'institution', type: 'text', localized: true, label: label('Instytucja', 'Institution') },
    { name: 'department', type: 'text', localized: true, label: label('Wydział', 'Department') },
    { name: 'email', type: 'email', label: label('E-mail instytucji', 'Institutional e-mail') },
    { name: 'website', type: 'text', validate: httpUrl, label: label('Strona internetowa', 'Website') },
  ],
})

/** Who to write to about the partnership, on both sides (issue 16). */
const contactOffice: Field = {
  name: 'contactOffice',
  type: 'group',
  label: label('Biuro kontaktowe', 'Contact office'),
  admin: {
    description: label(
      'Tylko kontakty instytucjonalne (urząd, wydział, adres e-mail i strona instytucji); bez danych osób prywatnych.',
      'Institutional contacts only (office, department, the institution’s e-mail and website); no private persons’ data.',
    ),
  },
  fields: [
    office('ours', label('Po naszej stronie', 'Our side')),
    office('theirs', label('Po stronie partnera', 'The partner’s side')),
  ],
}

/**
 * What partner and friendly cities share. `relationFields` (dates, status) differ per collection
 * and open the form, since they are what an editor checks first.
 */
export const cityFields = (relationFields: Field[]): Field[] => [
  {
    name: 'name',
    type: 'text',
    label: label('Nazwa miasta', 'City name'),
    localized: true,
    required: true,
    admin: { description: label('Nazwa w danym języku.', 'The name in this language.') },
  },
  slugField('name'),
  {
    type: 'tabs',
    tabs: [
      { label: label('Relacja', 'Relationship'), fields: relationFields },
      {
        label: label('Opis', 'Description'),
        fields: [
          { name: 'summary', type: 'textarea', label: label('Streszczenie', 'Summary'), localized: true },
          { name: 'content', type: 'richText', label: label('Treść', 'Content'), localized: true },
          {
            name: 'heroImage',
            type: 'upload',
            relationTo: 'media',
            label: label('Zdjęcie główne', 'Hero image'),
          },
        ],
      },
      {
        label: label('Dane miasta', 'City facts'),
        fields: [
          countryField,
          {
            name: 'location',
            type: 'group',
            label: label('Położenie (WGS84)', 'Location (WGS84)'),
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'latitude',
                    type: 'number',
                    required: true,
                    min: -90,
                    max: 90,
                    label: label('Szerokość', 'Latitude'),
                  },
                  {
                    name: 'longitude',
                    type: 'number',
                    required: true,
                    min: -180,
                    max: 180,
                    label: label('Długość', 'Longitude'),
                  },
                ],
              },
            ],
          },
          { name: 'website', type: 'text', validate: httpUrl, label: label('Strona internetowa', 'Website') },
          {
            name: 'wikidataId',
            type: 'text',
            validate: wikidataId,
            label: label('Identyfikator Wikidanych', 'Wikidata ID'),
            admin: {
              description: label('Np. Q3786. Pozostaw puste, jeśli niepewne.', 'E.g. Q3786. Leave empty when unsure.'),
            },
          },
        ],
      },
      { label: label('Biuro kontaktowe', 'Contact office'), fields: [contactOffice] },
      {
        label: label('Źródła', 'Sources'),
        fields: [
          {
            name: 'unverified',
            type: 'array',
            label: label('Do sprawdzenia', 'To be checked'),
            labels: {
              singular: label('Niepotwierdzona informacja', 'Unconfirmed fact'),
              plural: label('Niepotwierdzone informacje', 'Unconfirmed facts'),
            },
            admin: {
              description: label(
                'Informacje, których żadne źródło nie potwierdziło. Usuń wiersz po sprawdzeniu.',
                'Facts no source confirmed. Remove the row once checked.',
              ),
            },
            fields: [
              { name: 'field', type: 'text', required: true, label: label('Pole', 'Field') },
              { name: 'note', type: 'text', label: label('Uwagi', 'Note') },
            ],
          },
          {
            name: 'sources',
            type: 'array',
            label: label('Źródła', 'Sources'),
            fields: [
              { name: 'field', type: 'text', label: label('Czego dotyczy', 'What it supports') },
              { name: 'url', type: 'text', required: true, validate: httpUrl, label: 'URL' },
            ],
          },
        ],
      },
    ],
  },
]
