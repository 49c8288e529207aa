import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { type CityCollection, documentPath } from '@/publicPaths'
import { CityPage } from '@/site/components/CityPage'
import { isPartnership } from '@/site/components/CityPage/city'
import { getCity, getNeighbours } from '@/site/data/cities'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }
type Translate = Awaited<ReturnType<typeof getTranslations>>
type Describe<C extends CityCollection> = (
  city: NonNullable<Awaited<ReturnType<typeof getCity<C>>>>,
  t: Translate,
  locale: string,
) => string

/**
 * The page and metadata of one kind of city (`/{locale}/partnerships/{slug}`, …): the routes differ
 * only in the description used when a city has no summary of its own.
 */
export function cityRoute<C extends CityCollection>(collection: C, describe: Describe<C>) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, slug } = await params
    const [t, city] = await Promise.all([getTranslations({ locale }), getCity(collection, slug, locale)])
    if (!city) return {}
    const path = documentPath(collection, slug)
    const description = city.summary || describe(city, t, locale)
    return pageMetadata({ locale, path, title: city.name, description, type: 'article' })
  }

  async function CityRoute({ params }: Props) {
    const { locale, slug } = await params
    setRequestLocale(locale)
    const city = await getCity(collection, slug, locale)
    if (!city) notFound()
    const neighbours = isPartnership(city) ? await getNeighbours(city, locale) : undefined
    return <CityPage locale={locale} path={documentPath(collection, slug)} city={city} neighbours={neighbours} />
  }

  return { generateMetadata, CityRoute }
}
