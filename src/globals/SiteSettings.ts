import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { revalidateGlobal } from '@/cache/revalidate'
import { httpUrl, wikidataId } from '@/fields/validators'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { pl: 'Ustawienia serwisu', en: 'Site settings' },
  access: { read: anyone, update: editorsOrTranslators },
  admin: { group: { pl: 'Administracja', en: 'Admin' } },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'officeName',
      type: 'text',
      localized: true,
      required: true,
      label: { pl: 'Nazwa biura', en: 'Office name' },
    },
    { name: 'address', type: 'textarea', localized: true, label: { pl: 'Adres', en: 'Address' } },
    { name: 'email', type: 'email', label: { pl: 'E-mail kontaktowy', en: 'Contact e-mail' } },
    { name: 'phone', type: 'text', label: { pl: 'Telefon', en: 'Phone' } },
    {
      name: 'homeCity',
      type: 'group',
      label: { pl: 'Nasze miasto (na mapie)', en: 'Home city (on the map)' },
      fields: [
        { name: 'name', type: 'text', localized: true, label: { pl: 'Nazwa', en: 'Name' } },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { pl: 'Szerokość', en: 'Latitude' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { pl: 'Długość', en: 'Longitude' } },
          ],
        },
        {
          name: 'wikidataId',
          type: 'text',
          validate: wikidataId,
          label: { pl: 'Identyfikator Wikidanych', en: 'Wikidata ID' },
        },
      ],
    },
    {
      name: 'openDataLicence',
      type: 'group',
      label: { pl: 'Licencja otwartych danych', en: 'Open data licence' },
      admin: {
        description: {
          pl: 'Na jakich warunkach wolno ponownie wykorzystać wykaz miast (strona „Otwarte dane”).',
          en: 'The terms on which the list of cities may be reused (the “Open data” page).',
        },
      },
      fields: [
        { name: 'name', type: 'text', localized: true, label: { pl: 'Nazwa', en: 'Name' } },
        {
          name: 'url',
          type: 'text',
          localized: true,
          validate: httpUrl,
          label: { pl: 'Tekst licencji (URL)', en: 'Licence text (URL)' },
        },
      ],
    },
  ],
}
