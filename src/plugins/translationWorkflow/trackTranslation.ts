import { createHash } from 'node:crypto'

import type { Field, FieldHook, PayloadRequest } from 'payload'

import { invalidValue } from '@/errors'
import { defaultLocale } from '@/i18n/locales'

import { contentSignature, localizedEntries } from './fieldValues'
import { afterWrite, polishSource } from './source'
import { stateField, statesOf, translationLocales, TRANSLATION_STATES } from './status'

const access = { read: ({ req }: { req: PayloadRequest }) => Boolean(req.user) }
const admin = {
  hidden: true,
  disableListColumn: true,
  disableListFilter: true,
  components: { Diff: '@/fields/NoDiff#NoDiff' },
}
const custom = { translationTracking: true }

/**
 * `sourceHash` fingerprints the Polish text; `translatedFrom` (per language) is the fingerprint the
 * Polish text had when that language was last saved. Equal means the translation is current.
 */
const fingerprints: Field[] = [
  { name: 'sourceHash', type: 'text', access, admin, custom },
  { name: 'translatedFrom', type: 'text', localized: true, access, admin, custom },
]

const isAutosave = (req: PayloadRequest) => String(req.query?.autosave) === 'true'

const languageName = (code: string, language: string) =>
  new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code

/**
 * The state of every language, recomputed from the document as this write leaves it (Payload's
 * `docWithLocales` with the write's language replaced). The group is shared by all languages, so a
 * Polish write sets the other languages' states in the same write; whatever a client sent is replaced.
 */
const storeStates =
  (fields: Field[]): FieldHook =>
  ({ data, siblingDocWithLocales, req }) => {
    const after = afterWrite(
      [...fields, ...fingerprints],
      siblingDocWithLocales ?? {},
      data,
      req.locale ?? defaultLocale,
    )
    return statesOf(fields, after)
  }

/**
 * The Polish text this language's translation is made from, set when the language is saved (as
 * `translatedFrom`: not on autosave). A Polish write or a restore leaves the other languages' alone.
 */
const storeSource =
  (fields: Field[]): FieldHook =>
  ({ data, siblingDocWithLocales, req }) => {
    const locale = req.locale
    const stored = (siblingDocWithLocales as { translationSource?: Record<string, unknown> } | undefined)
      ?.translationSource
    // A write of every language at once (`locale=all`) saves none of them as a translation.
    if (!locale || locale === 'all') return stored ?? null
    if (locale === defaultLocale) return null
    if (isAutosave(req)) return stored?.[locale] ?? null
    return polishSource(fields, afterWrite(fields, siblingDocWithLocales ?? {}, data, locale))
  }

/**
 * What a client sends for the states is replaced, but only a value the field could hold: anything
 * else is refused, naming the field, as every other field's bad value is (before other fields' checks).
 */
const refuseBadStates: FieldHook = ({ value, path }) => {
  if (value === undefined || value === null) return value
  const at = (path ?? ['translation']).join('.')
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidValue(at, 'must be an object of states')
  for (const [name, state] of Object.entries(value)) {
    if (!translationLocales().some((locale) => stateField(locale) === name))
      throw invalidValue(`${at}.${name}`, 'is no language of the translation states')
    if (state !== null && !(TRANSLATION_STATES as readonly unknown[]).includes(state))
      throw invalidValue(`${at}.${name}`, `must be one of ${TRANSLATION_STATES.join(', ')}`)
  }
  return value
}

/** Stored per document so that lists filter and sort by it: `where[translation.inDe][equals]=outdated`. */
const statesField = (fields: Field[]): Field => ({
  name: 'translation',
  type: 'group',
  label: { pl: 'Tłumaczenie', en: 'Translation' },
  access,
  custom,
  admin: {
    position: 'sidebar',
    readOnly: true,
    disableBulkEdit: true,
    components: { Diff: '@/fields/NoDiff#NoDiff' },
  },
  hooks: { beforeValidate: [refuseBadStates], beforeChange: [storeStates(fields)] },
  fields: translationLocales().map((code): Field => ({
    name: stateField(code),
    type: 'select',
    index: true,
    options: TRANSLATION_STATES.map((state) => ({ value: state, label: stateLabels[state] })),
    label: { pl: `Tłumaczenie: ${languageName(code, 'pl')}`, en: `Translation: ${languageName(code, 'en')}` },
    admin: { readOnly: true, disableBulkEdit: true },
  })),
})

const stateLabels = {
  missing: { pl: 'brak', en: 'missing' },
  outdated: { pl: 'nieaktualne', en: 'outdated' },
  done: { pl: 'gotowe', en: 'done' },
}

/** The fields the translation workflow adds to a tracked collection or global. */
export const trackingFields = (fields: Field[]): Field[] => [
  ...fingerprints,
  statesField(fields),
  {
    name: 'translationSource',
    type: 'json',
    localized: true,
    access,
    admin,
    custom,
    hooks: { beforeChange: [storeSource(fields)] },
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
    data.translatedFrom = isAutosave(req) ? (originalDoc?.translatedFrom ?? null) : data.sourceHash
    return data
  }
