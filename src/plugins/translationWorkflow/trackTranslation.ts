import { createHash } from 'node:crypto'

import type { Field, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { contentSignature, localizedEntries } from './fieldValues'

const access = { read: ({ req }: { req: PayloadRequest }) => Boolean(req.user) }
const admin = {
  hidden: true,
  disableListColumn: true,
  disableListFilter: true,
  components: { Diff: '@/fields/NoDiff#NoDiff' },
}

/**
 * `sourceHash` fingerprints the Polish text; `translatedFrom` (per language) is the fingerprint the
 * Polish text had when that language was last saved. Equal means the translation is current.
 */
export const trackingFields: Field[] = [
  { name: 'sourceHash', type: 'text', access, admin, custom: { translationTracking: true } },
  {
    name: 'translatedFrom',
    type: 'text',
    localized: true,
    access,
    admin,
    custom: { translationTracking: true },
  },
]

export const sourceHash = (fields: Field[], polish: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(localizedEntries(fields, polish, contentSignature)))
    .digest('base64url')
    .slice(0, 22)

type Args = { data: any; originalDoc?: any; req: PayloadRequest }

/**
 * A collection or global `beforeChange` hook. Autosave keeps the previous mark, so a translation
 * counts as saved when its translator saves it, not at the first keystroke. Both fields are always
 * recomputed here, so a client cannot forge them.
 */
export const trackTranslation =
  (fields: Field[]) =>
  ({ data, originalDoc, req }: Args) => {
    const locale = req.locale
    if (!locale || locale === 'all') return data
    if (locale === defaultLocale) {
      data.sourceHash = sourceHash(fields, data)
      data.translatedFrom = null
      return data
    }
    data.sourceHash = originalDoc?.sourceHash ?? null
    const autosave = String(req.query?.autosave) === 'true'
    data.translatedFrom = autosave ? (originalDoc?.translatedFrom ?? null) : data.sourceHash
    return data
  }
