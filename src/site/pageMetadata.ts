import type { Metadata } from 'next'

import { defaultLocale, localeCodes } from '@/i18n/locales'

/** `path` is the part after the locale: '' for home, '/partnerships/esslingen-nad-neckarem'. */
export const localizedPath = (locale: string, path = '') => `/${locale}${path}`

export const alternateLanguages = (path = ''): Record<string, string> => ({
  ...Object.fromEntries(localeCodes().map((code) => [code, localizedPath(code, path)])),
  'x-default': localizedPath(defaultLocale, path),
})

export function pageMetadata({
  locale,
  path = '',
  title,
  description,
  type = 'website',
}: {
  locale: string
  path?: string
  title: string
  description?: string
  type?: 'article' | 'website'
}): Metadata {
  return {
    title,
    // Left out rather than undefined, which would hide the layout's site-wide description.
    ...(description ? { description } : {}),
    alternates: { canonical: localizedPath(locale, path), languages: alternateLanguages(path) },
    openGraph: { title, description, type, locale, url: localizedPath(locale, path) },
  }
}
