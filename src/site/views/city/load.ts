import { translator, type Translator } from '@/i18n/messages'
import type { FriendlyCity, Partnership } from '@/payload-types'
import { type CityCollection, documentPath } from '@/publicPaths'
import type { CityPageData } from '@/site/components/CityPage'
import { isPartnership } from '@/site/components/CityPage/city'
import { getCityActivities } from '@/site/data/activities'
import { getCity, getNeighbours } from '@/site/data/cities'
import { formatDate } from '@/site/format'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

/** What a city's page says of it when the city has no summary of its own. */
const describe = {
  partnerships: (city: Partnership, t: Translator, locale: string) =>
    `${t('city.partnerCity')} · ${t('city.agreementDate')}: ${formatDate(city.agreementDate, locale)}`,
  'friendly-cities': (city: FriendlyCity, t: Translator) =>
    `${t('city.friendlyCity')} · ${t(`relation.${city.relationType}`)}`,
}

/** `/{locale}/partnerships/{slug}`, `/{locale}/friendly-cities/{slug}`. */
export const loadCity =
  (collection: CityCollection): Load<CityPageData> =>
  async (locale, { slug }) => {
    if (typeof slug !== 'string') return null
    const city = await getCity(collection, slug, locale)
    if (!city) return null
    const [neighbours, activities] = await Promise.all([
      isPartnership(city) ? getNeighbours(city, locale) : null,
      getCityActivities(collection, city.id, locale),
    ])
    const t = translator(locale)
    const path = documentPath(collection, slug)
    const description =
      city.summary ||
      (isPartnership(city) ? describe.partnerships(city, t, locale) : describe['friendly-cities'](city, t))
    return {
      locale,
      path,
      city,
      neighbours,
      activities,
      head: pageHead(t, { locale, path, title: city.name, description, type: 'article' }),
    }
  }
