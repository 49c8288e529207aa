import type { City } from '@/site/components/CityPage/city'
import { countryName } from '@/site/format'

/** schema.org's City, the same place as its Wikidata entry and its own website when they are known. */
export const cityJsonLd = (city: City, locale: string) => ({
  '@context': 'https://schema.org',
  '@type': 'City',
  name: city.name,
  inLanguage: locale,
  geo: { '@type': 'GeoCoordinates', latitude: city.location.latitude, longitude: city.location.longitude },
  containedInPlace: { '@type': 'Country', name: countryName(city.country, locale), identifier: city.country },
  ...(city.wikidataId || city.website
    ? { sameAs: [city.wikidataId && `https://www.wikidata.org/wiki/${city.wikidataId}`, city.website].filter(Boolean) }
    : {}),
})
