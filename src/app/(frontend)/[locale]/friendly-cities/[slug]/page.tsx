import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityPage } from '@/site/components/CityPage'
import { documentPath } from '@/publicPaths'
import { getCity } from '@/site/data/cities'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, city] = await Promise.all([getTranslations({ locale }), getCity('friendly-cities', slug, locale)])
  if (!city) return {}
  const description = city.summary || `${t('city.friendlyCity')} · ${t(`relation.${city.relationType}`)}`
  return pageMetadata({
    locale,
    path: documentPath('friendly-cities', slug),
    title: city.name,
    description,
    type: 'article',
  })
}

export default async function FriendlyCityPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const city = await getCity('friendly-cities', slug, locale)
  if (!city) notFound()
  return <CityPage locale={locale} path={documentPath('friendly-cities', slug)} city={city} />
}
