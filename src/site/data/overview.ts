import { defaultLocale } from '@/i18n/locales'
import type { Partnership } from '@/payload-types'
import { cached } from '@/site/data/cached'
import { loadLocalized } from '@/site/data/findLocalized'
import type { Localized } from '@/site/data/localized'

/** Above this many cities the map shows one marker per country, and the timeline counts. */
export const MAP_CITY_LIMIT = 40

type OverviewCity = { id: string | number; name: string; slug: string; lang?: string }
export type MapPoint = OverviewCity & {
  kind: 'partnership' | 'friendly'
  latitude: number
  longitude: number
  status?: Partnership['status']
  /** The ISO code of the country, when the point stands for all of that country's cities. */
  country?: string
  count?: number
}
export type Overview = {
  totals: { partnerships: number; friendly: number }
  byCountry: boolean
  map: MapPoint[]
  years: { year: number; count: number; cities?: OverviewCity[] }[]
}

const citySelect = { name: true, slug: true, country: true, location: true } as const

type CityDoc = Localized<{ id: string | number; name: string; slug: string }>
type LocatedDoc = CityDoc & {
  country: string
  location?: { latitude?: number | null; longitude?: number | null } | null
}

const cityOf = (doc: CityDoc): OverviewCity => ({
  id: doc.id,
  name: doc.name,
  slug: doc.slug,
  ...(doc.fallback.includes('name') ? { lang: defaultLocale } : {}),
})

const located = (doc: LocatedDoc) => doc.location?.latitude != null && doc.location?.longitude != null

const pointOf = (doc: LocatedDoc, kind: MapPoint['kind'], extra: Pick<MapPoint, 'status'> = {}): MapPoint => ({
  ...cityOf(doc),
  kind,
  latitude: doc.location!.latitude!,
  longitude: doc.location!.longitude!,
  ...extra,
  country: doc.country,
})

/**
 * What the home page's map and timeline need, reduced to a size that does not grow with the number
 * of cities: past MAP_CITY_LIMIT, one point per country and kind, and a count per year.
 */
export function getOverview(locale: string): Promise<Overview> {
  return cached(['partnerships', 'friendly-cities'], [locale, 'overview'], async (draft) => {
    const [partnerships, friendly] = await Promise.all([
      loadLocalized(
        'partnerships',
        locale,
        { sort: 'agreementDate', select: { ...citySelect, status: true, agreementDate: true } },
        draft,
      ),
      loadLocalized('friendly-cities', locale, { sort: 'name', select: citySelect }, draft),
    ])
    const points: MapPoint[] = [
      ...partnerships.docs.filter(located).map((doc) => pointOf(doc, 'partnership', { status: doc.status })),
      ...friendly.docs.filter(located).map((doc) => pointOf(doc, 'friendly')),
    ]
    const byCountry = points.length > MAP_CITY_LIMIT
    const years = new Map<number, OverviewCity[]>()
    for (const doc of partnerships.docs) {
      const year = new Date(doc.agreementDate).getUTCFullYear()
      years.set(year, [...(years.get(year) ?? []), cityOf(doc)])
    }
    return {
      totals: { partnerships: partnerships.totalDocs, friendly: friendly.totalDocs },
      byCountry,
      // Every country stays on the map (at most one point per country and kind, whatever the count).
      map: byCountry ? countryPoints(points) : points.map(({ country: _, ...point }) => point),
      years: [...years].map(([year, cities]) => ({ year, count: cities.length, ...(byCountry ? {} : { cities }) })),
    }
  })
}

/** One point per country and kind, at the mean of its cities, the largest first. */
function countryPoints(points: MapPoint[]): MapPoint[] {
  const groups = new Map<string, MapPoint[]>()
  for (const point of points)
    groups.set(`${point.kind}:${point.country}`, [...(groups.get(`${point.kind}:${point.country}`) ?? []), point])
  return [...groups.values()]
    .map((group) => ({
      id: `${group[0].kind}:${group[0].country}`,
      name: group[0].country!,
      slug: '',
      kind: group[0].kind,
      country: group[0].country,
      count: group.length,
      latitude: group.reduce((sum, point) => sum + point.latitude, 0) / group.length,
      longitude: group.reduce((sum, point) => sum + point.longitude, 0) / group.length,
    }))
    .sort((a, b) => b.count - a.count)
}
