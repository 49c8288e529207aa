import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityList } from '@/site/components/CityList'
import { Pagination } from '@/site/components/Pagination'
import { SiteHeader } from '@/site/components/SiteHeader'
import { getFriendlyCitiesPage, getPartnershipsPage } from '@/site/data/content'
import { countryName } from '@/site/format'
import { localizedPath, pageMetadata } from '@/site/pageMetadata'

export type CityIndexProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[]; country?: string | string[] }>
}

const kinds = {
  partnerships: { load: getPartnershipsPage, title: 'home.partnerships' },
  'friendly-cities': { load: getFriendlyCitiesPage, title: 'home.friendlyCities' },
} as const

type Kind = keyof typeof kinds

/** `?page=2&country=DE`: anything else is not a page of this list (404, not a 500 or an empty list). */
async function query(searchParams: CityIndexProps['searchParams']) {
  const { page = '1', country } = await searchParams
  if (typeof page !== 'string' || !/^[1-9]\d{0,5}$/.test(page)) notFound()
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) notFound()
  return { page: Number(page), country }
}

const search = (page: number, country?: string) => {
  const params = new URLSearchParams({
    ...(country ? { country } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString()
  return params ? `?${params}` : ''
}

export async function cityIndexMetadata(kind: Kind, { params, searchParams }: CityIndexProps): Promise<Metadata> {
  const [{ locale }, { page, country }] = await Promise.all([params, query(searchParams)])
  const t = await getTranslations({ locale })
  const title = country
    ? t('list.inCountry', { title: t(kinds[kind].title), country: countryName(country, locale) })
    : t(kinds[kind].title)
  return pageMetadata({
    locale,
    path: `/${kind}${search(page, country)}`,
    title: page > 1 ? `${title} (${page})` : title,
  })
}

/** A list page of partner or friendly cities, a page of PAGE_SIZE at a time, optionally of one country. */
export async function CityIndex({ kind, params, searchParams }: CityIndexProps & { kind: Kind }) {
  const [{ locale }, { page, country }] = await Promise.all([params, query(searchParams)])
  setRequestLocale(locale)
  const [t, list] = await Promise.all([getTranslations({ locale }), kinds[kind].load(locale, page, country)])
  if (page > Math.max(list.totalPages, 1)) notFound()
  const title = country
    ? t('list.inCountry', { title: t(kinds[kind].title), country: countryName(country, locale) })
    : t(kinds[kind].title)
  const href = (target: number) => localizedPath(locale, `/${kind}${search(target, country)}`)
  return (
    <>
      <SiteHeader locale={locale} path={`/${kind}${search(page, country)}`} />
      <main id="main" className="container">
        <h1>{title}</h1>
        <CityList cities={list.docs} locale={locale} base={`/${kind}`} />
        <Pagination locale={locale} page={page} pages={list.totalPages} href={href} />
      </main>
    </>
  )
}
