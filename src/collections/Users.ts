import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { localeCodes, locales } from '@/i18n/locales'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { pl: 'Użytkownik', en: 'User' }, plural: { pl: 'Użytkownicy', en: 'Users' } },
  auth: true,
  // The full role matrix comes with the editorial workflow; until then only signed-in users get in.
  access: { read: authenticated, create: authenticated, update: authenticated, delete: authenticated },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: { pl: 'Administracja', en: 'Admin' } },
  fields: [
    { name: 'name', type: 'text', label: { pl: 'Imię i nazwisko', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { pl: 'Role', en: 'Roles' },
      options: [
        { value: 'admin', label: { pl: 'Administrator', en: 'Admin' } },
        { value: 'editor', label: { pl: 'Redaktor', en: 'Editor' } },
        { value: 'translator', label: { pl: 'Tłumacz', en: 'Translator' } },
      ],
    },
    {
      name: 'translatorLocales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: { pl: 'Języki tłumacza', en: 'Translator languages' },
      options: locales.map(({ code, label }) => ({ value: code, label })),
      validate: (value: null | string[] | undefined) =>
        !value || value.every((code) => localeCodes().includes(code)) || 'Unknown locale',
    },
  ],
}
