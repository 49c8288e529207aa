import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import type { SiteSetting } from '@/payload-types'
import { readPage } from '@/site/data/cached'
import { getSiteSettings } from '@/site/data/globals'
import type { Localized } from '@/site/data/localized'
import type { PageHeadData } from '@/site/head'

export type Params = Record<string, string | string[] | undefined>

/** What a page type's loader returns: its own data, the locale and its <head>. */
export type PageData<P> = P & { locale: string; head: PageHeadData }

/** What its view gets, in either router: plus the site settings (footer, home city) and cache tags. */
export type PageProps<P> = PageData<P> & { settings: Localized<SiteSetting>; cacheTags: string[] }

/** One page type's data from its path's parameters; null when there is no such page. */
export type Load<P> = (locale: string, params: Params) => Promise<PageData<P> | null>

/**
 * Loads one page, published (readers) or latest drafts (preview), and the cache tags of everything
 * it read. The same loader serves both routers: one source of what a page shows.
 */
export async function loadPage<P>(
  load: Load<P>,
  { locale, ...params }: Params,
  draft: boolean,
): Promise<PageProps<P> | null> {
  if (typeof locale !== 'string' || !hasLocale(routing.locales, locale)) return null
  const { data, tags } = await readPage(draft, async () => {
    const [page, settings] = await Promise.all([load(locale, params), getSiteSettings(locale)])
    return page && { ...page, settings }
  })
  return data && { ...data, cacheTags: tags }
}
