import type { Field } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, rowFields } from '@/fields/fieldTree'
import { defaultLocale } from '@/i18n/locales'

import { contentSignature, hasContent, localizedLeaves } from './fieldValues'

/**
 * The Polish text a translation was made from: `translationSource` (localized, one value per
 * language) holds, per field path, the Polish value (text, or Lexical JSON for rich text) at the
 * moment that language was last saved. Paths name array rows by id (`statusHistory.<rowId>.note`),
 * so reordering rows does not attribute a note's source to another row.
 */
export type PolishSource = Record<string, unknown>

/** The Polish values with content of a document read with `locale: 'all'`, by path. */
export const polishSource = (fields: Field[], doc: any): PolishSource =>
  Object.fromEntries(
    localizedLeaves(fields, doc)
      .map(({ path, value }) => [path, (value as Record<string, unknown> | undefined)?.[defaultLocale]] as const)
      .filter(([, value]) => hasContent(value)),
  )

export type TranslationUnit = {
  /** Stable id of the field in the document: `summary`, `content`, `statusHistory.<rowId>.note`. */
  path: string
  /** The field's label in `language`, with the labels around it: "Historia statusu › 2 › Uwagi". */
  label: string
  /** `text`, `textarea`, `richText`, … */
  type: string
  /** The Polish value now. */
  now: unknown
  /** The value in the target language (no fallback). */
  target: unknown
  /** The Polish value the translation was made from; `undefined` when not known (never saved in that language). */
  was: unknown
  /** Whether the Polish value changed since the translation was saved (known sources only). */
  outdated: boolean
}

/**
 * Every localized field of a document read with `locale: 'all'` (and `fallbackLocale: false`) that
 * has Polish text, with its translation into `locale` and the Polish text that translation was made from.
 */
export function translationUnits(fields: Field[], doc: any, locale: string, language = 'pl'): TranslationUnit[] {
  const source = doc?.translationSource?.[locale] as PolishSource | null | undefined
  return localizedLeaves(fields, doc, language).flatMap(({ path, field, labels, value }) => {
    const values = (value ?? {}) as Record<string, unknown>
    const now = values[defaultLocale]
    if (!hasContent(now)) return []
    const was = source ? (source[path] ?? null) : undefined
    const outdated = Boolean(source) && JSON.stringify(contentSignature(was)) !== JSON.stringify(contentSignature(now))
    return [{ path, label: labels.join(' › '), type: field.type, now, target: values[locale] ?? null, was, outdated }]
  })
}

/**
 * The fields whose Polish text changed since the translation into `locale` was last saved: what
 * the admin's diff shows. Empty when that language was never saved (nothing to compare with).
 */
export const outdatedFields = (
  fields: Field[],
  doc: any,
  locale: string,
  language = 'pl',
): { path: string; label: string; was: unknown; now: unknown }[] =>
  translationUnits(fields, doc, locale, language)
    .filter((unit) => unit.outdated)
    .map(({ path, label, was, now }) => ({ path, label, was, now }))

/**
 * A document as it is after a write of `data` in `locale` to `stored` (both with every language:
 * `stored` as Payload's `docWithLocales`). Fields `data` leaves out keep their stored values;
 * array rows are matched by id, as Payload matches them.
 */
export function afterWrite(fields: Field[], stored: any, data: any, locale: string): any {
  const result: Record<string, unknown> = { ...stored }
  for (const field of dataFields(fields)) {
    const { name } = field
    if (!data || typeof data !== 'object' || !(name in data)) continue
    const value = data[name]
    const before = stored?.[name]
    if (fieldIsLocalized(field))
      result[name] =
        locale === 'all' ? value : { ...(before && typeof before === 'object' ? before : {}), [locale]: value }
    else if (field.type === 'group' || field.type === 'tab')
      result[name] = afterWrite(field.fields, before, value, locale)
    else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      result[name] = value.map((row) => {
        const inner = rowFields(field, row)
        const old = Array.isArray(before) ? before.find((r) => r?.id != null && r.id === row?.id) : undefined
        return inner ? afterWrite(inner, old, row, locale) : row
      })
    } else result[name] = value
  }
  return result
}
