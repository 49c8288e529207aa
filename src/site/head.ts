import type { Metadata } from 'next'

import type { Translator } from '@/i18n/messages'

/** What a readers' page says about itself in its <head>: plain data, rendered by either router. */
export type PageHeadData = {
  locale: string
  /** The path after the locale ('' for home): canonical URL and hreflang alternates. */
  path: string
  title: string
  description: string
  type: 'website' | 'article'
  /** Atom feeds of what the page lists (`<link rel="alternate" type="application/atom+xml">`). */
  feeds?: Feed[]
}

/** `href` a path or URL; `hreflang` the feed's language; `title` what a feed reader offers to subscribe to. */
export type Feed = { href: string; hreflang: string; title: string }

export function pageHead(
  t: Translator,
  {
    locale,
    path = '',
    title,
    description,
    type = 'website',
    whole = false,
    feeds,
  }: {
    locale: string
    path?: string
    title: string
    description?: string | null
    type?: PageHeadData['type']
    /** The title as it is, without the site's name after it (the home page). */
    whole?: boolean
    feeds?: Feed[]
  },
): PageHeadData {
  const site = `${t('site.name')} · ${t('site.cityName')}`
  return {
    locale,
    path,
    title: whole ? title : `${title} · ${site}`,
    description: description || t('site.description'),
    type,
    ...(feeds?.length ? { feeds } : {}),
  }
}

/** The editors' preview (App Router) names the page and keeps it out of search engines. */
export const previewMetadata = (head: PageHeadData): Metadata => ({
  title: { absolute: head.title },
  description: head.description,
  robots: { index: false, follow: false },
})
