import { absoluteUrl, documentPath, localizedPath } from '@/publicPaths'
import type { ActivityItem } from '@/site/activity'
import type { DatePrecision } from '@/site/format'
import type { ActivityData } from '@/site/views/activity/load'

/** ISO 8601 only as precisely as the date is known: `1992-09-25`, `2022-03`, `2022`. */
const isoAt = (iso: string, precision: DatePrecision) => iso.slice(0, { day: 10, month: 7, year: 4 }[precision])

/**
 * schema.org's Event: when (at the known precision), where (the place, else the first partner
 * city), about and organized with the partner cities.
 */
export function eventJsonLd(
  item: ActivityItem,
  activity: ActivityData['activity'],
  images: ActivityData['images'],
  locale: string,
) {
  const cities = item.cities.map((city) => ({
    '@type': 'City',
    name: city.name,
    url: absoluteUrl(localizedPath(locale, documentPath(city.collection, city.slug))),
  }))
  const place = activity.place || item.cities[0]?.name
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    url: absoluteUrl(localizedPath(locale, documentPath('activities', item.slug))),
    inLanguage: locale,
    startDate: isoAt(item.date, item.datePrecision),
    ...(item.endDate ? { endDate: isoAt(item.endDate, item.datePrecision) } : {}),
    ...(place ? { location: { '@type': 'Place', name: place } } : {}),
    ...(activity.summary ? { description: activity.summary } : {}),
    ...(cities.length ? { about: cities, organizer: cities } : {}),
    ...(images.length ? { image: images.map((image) => absoluteUrl(image.url!)) } : {}),
  }
}
