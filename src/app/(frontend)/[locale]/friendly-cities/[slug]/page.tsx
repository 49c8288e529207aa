import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityPage } from '@/site/components/CityPage'
import { getBySlug } from '@/site/data/content'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, city] = await Promise.all([getTranslations({ locale }), getBySlug('friendly-cities', slug, locale)])
  if (!city) return {}
  const description = city.summary || `${t('city.friendlyCity')} · ${t(`relation.${city.relationType}`)}`
  return pageMetadata({ locale, path: `/friendly-cities/${slug}`, title: city.name, description, type: 'article' })
}

export default async function FriendlyCityPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const city = await getBySlug('friendly-cities', slug, locale)
  if (!city) notFound()
  return <CityPage locale={locale} path={`/friendly-cities/${slug}`} city={city} />
}
