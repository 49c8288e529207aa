import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityPage } from '@/site/components/CityPage'
import { getBySlug, getNeighbours } from '@/site/data/content'
import { formatDate } from '@/site/format'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, city] = await Promise.all([getTranslations({ locale }), getBySlug('partnerships', slug, locale)])
  if (!city) return {}
  const description =
    city.summary || `${t('city.partnerCity')} · ${t('city.agreementDate')}: ${formatDate(city.agreementDate, locale)}`
  return pageMetadata({ locale, path: `/partnerships/${slug}`, title: city.name, description, type: 'article' })
}

export default async function PartnershipPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const city = await getBySlug('partnerships', slug, locale)
  if (!city) notFound()
  const neighbours = await getNeighbours(city, locale)
  return <CityPage locale={locale} path={`/partnerships/${slug}`} city={city} neighbours={neighbours} />
}
