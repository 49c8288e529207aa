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
}

export function pageHead(
  t: Translator,
  {
    locale,
    path = '',
    title,
    description,
    type = 'website',
    whole = false,
  }: {
    locale: string
    path?: string
    title: string
    description?: string | null
    type?: PageHeadData['type']
    /** The title as it is, without the site's name after it (the home page). */
    whole?: boolean
  },
): PageHeadData {
  const site = `${t('site.name')} · ${t('site.cityName')}`
  return {
    locale,
    path,
    title: whole ? title : `${title} · ${site}`,
    description: description || t('site.description'),
    type,
  }
}

/** The editors' preview (App Router) names the page and keeps it out of search engines. */
export const previewMetadata = (head: PageHeadData): Metadata => ({
  title: { absolute: head.title },
  description: head.description,
  robots: { index: false, follow: false },
})
