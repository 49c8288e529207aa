import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityPage } from '@/site/components/CityPage'
import { documentPath } from '@/publicPaths'
import { getCity, getNeighbours } from '@/site/data/cities'
import { formatDate } from '@/site/format'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, city] = await Promise.all([getTranslations({ locale }), getCity('partnerships', slug, locale)])
  if (!city) return {}
  const description =
    city.summary || `${t('city.partnerCity')} · ${t('city.agreementDate')}: ${formatDate(city.agreementDate, locale)}`
  return pageMetadata({
    locale,
    path: documentPath('partnerships', slug),
    title: city.name,
    description,
    type: 'article',
  })
}

export default async function PartnershipPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const city = await getCity('partnerships', slug, locale)
  if (!city) notFound()
  const neighbours = await getNeighbours(city, locale)
  return <CityPage locale={locale} path={documentPath('partnerships', slug)} city={city} neighbours={neighbours} />
}
