import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { type CityCollection, listPath, localizedPath } from '@/publicPaths'
import { CityList } from '@/site/components/CityList'
import { Pagination } from '@/site/components/Pagination'
import { SiteHeader } from '@/site/components/SiteHeader'
import { getCityList } from '@/site/data/cities'
import { countryName } from '@/site/format'
import { pageMetadata } from '@/site/pageMetadata'

export type CityIndexProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[]; country?: string | string[] }>
}

const titles = { partnerships: 'home.partnerships', 'friendly-cities': 'home.friendlyCities' } as const

/** `?page=2&country=DE`: anything else is not a page of this list (404, not a 500 or an empty list). */
async function query(searchParams: CityIndexProps['searchParams']) {
  const { page = '1', country } = await searchParams
  if (typeof page !== 'string' || !/^[1-9]\d{0,5}$/.test(page)) notFound()
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) notFound()
  return { page: Number(page), country }
}

async function listTitle(kind: CityCollection, locale: string, country?: string) {
  const t = await getTranslations({ locale })
  return country
    ? t('list.inCountry', { title: t(titles[kind]), country: countryName(country, locale) })
    : t(titles[kind])
}

export async function cityIndexMetadata(
  kind: CityCollection,
  { params, searchParams }: CityIndexProps,
): Promise<Metadata> {
  const [{ locale }, { page, country }] = await Promise.all([params, query(searchParams)])
  const title = await listTitle(kind, locale, country)
  return pageMetadata({
    locale,
    path: listPath(kind, { page, country }),
    title: page > 1 ? `${title} (${page})` : title,
  })
}

/** A list page of partner or friendly cities, a page of PAGE_SIZE at a time, optionally of one country. */
export async function CityIndex({ kind, params, searchParams }: CityIndexProps & { kind: CityCollection }) {
  const [{ locale }, { page, country }] = await Promise.all([params, query(searchParams)])
  setRequestLocale(locale)
  const [title, list] = await Promise.all([listTitle(kind, locale, country), getCityList(kind, locale, page, country)])
  if (page > Math.max(list.totalPages, 1)) notFound()
  const href = (target: number) => localizedPath(locale, listPath(kind, { page: target, country }))
  return (
    <>
      <SiteHeader locale={locale} path={listPath(kind, { page, country })} />
      <main id="main" className="container">
        <h1>{title}</h1>
        <CityList cities={list.docs} locale={locale} collection={kind} />
        <Pagination locale={locale} page={page} pages={list.totalPages} href={href} />
      </main>
    </>
  )
}
