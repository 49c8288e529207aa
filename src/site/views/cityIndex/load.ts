import { translator } from '@/i18n/messages'
import { type CityCollection, listPath } from '@/publicPaths'
import { getCityList } from '@/site/data/cities'
import { countryName } from '@/site/format'
import { pageHead } from '@/site/head'
import { parseListQuery } from '@/site/listQuery'
import type { Load } from '@/site/views/page'

export type CityIndexData = {
  kind: CityCollection
  title: string
  page: number
  country: string | null
  list: Awaited<ReturnType<typeof getCityList>>
}

const titles = { partnerships: 'home.partnerships', 'friendly-cities': 'home.friendlyCities' } as const

/**
 * `/{locale}/partnerships` and, rewritten by the proxy from `?page=2&country=DE`, each further page
 * and country (src/site/listQuery.ts): a page of PAGE_SIZE cities at a time.
 */
export const loadCityIndex =
  (kind: CityCollection): Load<CityIndexData> =>
  async (locale, { query }) => {
    const parsed = query === undefined ? { page: 1 } : typeof query === 'string' ? parseListQuery(query) : null
    if (!parsed) return null
    const { page, country } = parsed
    const list = await getCityList(kind, locale, page, country)
    if (page > Math.max(list.totalPages, 1)) return null
    const t = translator(locale)
    const title = country
      ? t('list.inCountry', { title: t(titles[kind]), country: countryName(country, locale) })
      : t(titles[kind])
    const path = listPath(kind, { page, country })
    const head = pageHead(t, { locale, path, title: page > 1 ? `${title} (${page})` : title })
    return { locale, kind, title, page, country: country ?? null, list, head }
  }
