import type { Partnership } from '@/payload-types'
import type { CityCollection } from '@/publicPaths'
import { findBySlug, findLocalized } from '@/site/data/findLocalized'

/** Lists show this many cities a page (the home page shows the first page). */
export const PAGE_SIZE = 50

const listOrder: Record<CityCollection, string | string[]> = {
  // Active partnerships first (`active` sorts before `ended` and `suspended`), each group by date.
  partnerships: ['status', 'agreementDate'],
  'friendly-cities': 'name',
}

/** `country` narrows the list to one country (ISO code), as the map's country markers link it. */
export const getCityList = (collection: CityCollection, locale: string, page = 1, country?: string) =>
  findLocalized(collection, locale, {
    sort: listOrder[collection],
    limit: PAGE_SIZE,
    page,
    where: country ? { country: { equals: country } } : undefined,
  })

export const getCity = <S extends CityCollection>(collection: S, slug: string, locale: string) =>
  findBySlug(collection, slug, locale)

/** The partnerships signed just before and just after this one. */
export async function getNeighbours(partnership: Partnership, locale: string) {
  const around = (operator: 'less_than' | 'greater_than', sort: string) =>
    findLocalized('partnerships', locale, {
      where: { agreementDate: { [operator]: partnership.agreementDate } },
      sort,
      limit: 1,
    })
  const [before, after] = await Promise.all([
    around('less_than', '-agreementDate'),
    around('greater_than', 'agreementDate'),
  ])
  const [previous, next] = [before.docs[0], after.docs[0]]
  return { previous, next }
}
