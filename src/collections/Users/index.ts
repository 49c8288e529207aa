import type { CollectionConfig, FieldAccess } from 'payload'

import { admins } from '@/access/admins'
import { adminsOrSelf } from '@/access/adminsOrSelf'
import { defaultLocale, locales } from '@/i18n/locales'
import { servedOverHttps } from '@/config/allowedOrigins'
import { hasRole } from '@/access/roles'

import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { hideLockout } from './hooks/hideLockout'
import { rejectRoleChange } from './hooks/rejectRoleChange'

const adminField = { create: admins, update: admins } as { create: FieldAccess; update: FieldAccess }
const translationLocales = locales.filter(({ code }) => code !== defaultLocale)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { pl: 'Użytkownik', en: 'User' }, plural: { pl: 'Użytkownicy', en: 'Users' } },
  auth: {
    // Five wrong passwords lock an account for ten minutes (the same answer as a wrong password).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // HttpOnly always (Payload); Lax keeps the session off cross-site requests but on links in.
    cookies: { sameSite: 'Lax', secure: servedOverHttps() },
  },
  hooks: { afterError: [hideLockout] },
  // Admins manage accounts; everyone else sees and edits only their own (name, e-mail, password).
  access: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'translatorLocales'],
    group: { pl: 'Administracja', en: 'Admin' },
    hidden: ({ user }) => !hasRole(user as never, 'admin'),
  },
  fields: [
    { name: 'name', type: 'text', label: { pl: 'Imię i nazwisko', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      access: adminField,
      hooks: { beforeValidate: [rejectRoleChange], beforeChange: [ensureFirstUserIsAdmin] },
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
      access: adminField,
      hooks: { beforeValidate: [rejectRoleChange] },
      label: { pl: 'Języki tłumacza', en: 'Translator languages' },
      admin: {
        description: {
          pl: 'Języki, na które tłumaczy. Polski jest językiem źródłowym redakcji.',
          en: 'The languages this person translates into. Polish is the editors’ source language.',
        },
      },
      options: translationLocales.map(({ code, label }) => ({ value: code, label })),
    },
  ],
}
