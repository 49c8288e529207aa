import type { Field } from 'payload'

import { defaultLocale, localeCodes } from '@/i18n/locales'

import { hasContent, localizedEntries } from './fieldValues'

export const TRANSLATION_STATES = ['missing', 'outdated', 'done'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

/** The languages translated from Polish. */
export const translationLocales = (): string[] => localeCodes().filter((code) => code !== defaultLocale)

/**
 * The state of one language of a document read with `locale: 'all'`:
 * - missing: never saved in that language, or nothing of the Polish text is translated;
 * - outdated: the Polish text changed since, or part of it is still untranslated;
 * - done: every Polish text has a translation saved after the Polish text's last change.
 * Computed on every write and stored in the document's `translation` group (`storedState`).
 */
export function translationState(fields: Field[], doc: any, locale: string): TranslationState {
  const source = localizedEntries(fields, doc, (value) => value?.[defaultLocale]).filter(([, value]) =>
    hasContent(value),
  )
  if (source.length === 0) return 'done'
  const target = new Map(localizedEntries(fields, doc, (value) => value?.[locale]))
  const translated = source.filter(([path]) => hasContent(target.get(path))).length
  const savedFrom = doc?.translatedFrom?.[locale]
  if (!savedFrom || translated === 0) return 'missing'
  return translated === source.length && savedFrom === doc.sourceHash ? 'done' : 'outdated'
}

/**
 * The name of a language's state in the `translation` group: `inDe` for `de`, `inPtBr` for `pt-BR`.
 * Not the bare code: with `?locale=de`, Payload reads a query path ending in `.de` as that field in German.
 */
export const stateField = (locale: string): string =>
  `in${locale
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('')}`

/** A language's state as a query path: `where[translation.inFr][equals]=outdated`, `sort=translation.inDe`. */
export const statePath = (locale: string): string => `translation.${stateField(locale)}`

/** The states of every language, by their names in the `translation` group. */
export const statesOf = (fields: Field[], doc: any): Record<string, TranslationState> =>
  Object.fromEntries(translationLocales().map((locale) => [stateField(locale), translationState(fields, doc, locale)]))

/** The state stored with a document (in any locale: the group is shared by all languages). */
export const storedState = (doc: any, locale: string): TranslationState | undefined => {
  const state = doc?.translation?.[stateField(locale)]
  return TRANSLATION_STATES.includes(state) ? state : undefined
}
