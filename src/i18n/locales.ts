/**
 * The languages of the site and of content. Polish is the source language: every other locale
 * falls back to it. Adding a language is one line here.
 */
export type LocaleDefinition = { code: string; label: string; rtl?: boolean }

export const locales: LocaleDefinition[] = [
  { code: 'pl', label: 'Polski' },
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
  { code: 'uk', label: 'Українська' },
  { code: 'he', label: 'עברית', rtl: true },
]

export const defaultLocale = 'pl'

export const localeCodes = (): string[] => locales.map(({ code }) => code)

export const isRTL = (code: string): boolean => locales.some((locale) => locale.code === code && locale.rtl === true)
