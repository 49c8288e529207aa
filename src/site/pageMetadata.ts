import type { Metadata } from 'next'

import { alternateLanguages, localizedPath } from '@/publicPaths'

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
