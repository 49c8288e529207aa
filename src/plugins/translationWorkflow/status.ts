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

/** The state stored with a document (in any locale: the group is shared by all languages). */
export const storedState = (doc: any, locale: string): TranslationState | undefined => {
  const state = doc?.translation?.[locale]
  return TRANSLATION_STATES.includes(state) ? state : undefined
}
