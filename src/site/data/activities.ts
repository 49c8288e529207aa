// The types and kinds the views use live in src/site/activity.ts: views must not import this file,
// which reads the database (the Pages Router bundles views for the browser too).
import type { Where } from 'payload'

import type { Activity } from '@/payload-types'
import type { CityCollection } from '@/publicPaths'
import { PAGE_SIZE } from '@/site/data/cities'
import { getCommitments } from '@/site/data/commitments'
import { findBySlug, findLocalized } from '@/site/data/findLocalized'
import type { Localized } from '@/site/data/localized'
import type { ActivityFilter, ActivityItem, AreaLink, CityLink } from '@/site/activity'

const listSelect = {
  title: true,
  slug: true,
  date: true,
  datePrecision: true,
  endDate: true,
  kind: true,
  cities: true,
  areas: true,
} as const

type Ref = Activity['cities'][number]
const idOf = (value: unknown) => Number(typeof value === 'object' && value ? (value as { id: number }).id : value)

/** The partner cities the activities name, in the reader's language; unpublished ones are left out. */
async function cityLinks(refs: Ref[], locale: string): Promise<Map<string, CityLink>> {
  const links = new Map<string, CityLink>()
  for (const collection of ['partnerships', 'friendly-cities'] as const) {
    const ids = [...new Set(refs.filter((ref) => ref.relationTo === collection).map((ref) => idOf(ref.value)))]
    if (!ids.length) continue
    const { docs } = await findLocalized(collection, locale, {
      where: { id: { in: ids } },
      select: { name: true, slug: true },
    })
    for (const doc of docs)
      links.set(`${collection}:${doc.id}`, {
        collection,
        id: doc.id,
        slug: doc.slug,
        name: doc.name,
        ...(doc.fallback.includes('name') ? { lang: 'pl' } : {}),
      })
  }
  return links
}

async function areaLinks(locale: string): Promise<Map<number, AreaLink>> {
  const commitments = await getCommitments(locale)
  return new Map(
    commitments.map((area) => [
      area.id,
      { id: area.id, title: area.title, ...(area.fallback.includes('title') ? { lang: 'pl' } : {}) },
    ]),
  )
}

type ActivityDoc = Pick<Localized<Activity>, keyof typeof listSelect | 'id' | 'fallback'>

/** The activities as list items: their cities and areas by name, each read once for the whole page. */
export async function toItems(docs: ActivityDoc[], locale: string): Promise<ActivityItem[]> {
  if (!docs.length) return []
  const [cities, areas] = await Promise.all([cityLinks(docs.flatMap((doc) => doc.cities ?? []), locale), areaLinks(locale)])
  return docs.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    ...(doc.fallback.includes('title') ? { lang: 'pl' } : {}),
    date: doc.date,
    datePrecision: doc.datePrecision ?? 'day',
    endDate: doc.endDate ?? null,
    kind: doc.kind,
    cities: (doc.cities ?? []).flatMap((ref) => cities.get(`${ref.relationTo}:${idOf(ref.value)}`) ?? []),
    areas: (doc.areas ?? []).flatMap((area) => areas.get(idOf(area)) ?? []),
  }))
}

/** The filters as a query; each is indexed (date, kind, and the relationship tables). */
function filterWhere({ city, area, kind, year }: ActivityFilter): Where | undefined {
  const conditions: Where[] = [
    // The documented form for a polymorphic relationship (the hardening plugin refuses `{ relationTo, value }`
    // as a value); both conditions apply to the same row of the relationship.
    ...(city ? [{ 'cities.relationTo': { equals: city.collection } }, { 'cities.value': { equals: city.id } }] : []),
    ...(area ? [{ areas: { equals: area.id } }] : []),
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(year
      ? [{ date: { greater_than_equal: `${year}-01-01T00:00:00.000Z`, less_than: `${year + 1}-01-01T00:00:00.000Z` } }]
      : []),
  ]
  return conditions.length ? { and: conditions } : undefined
}

/** A page of activities, newest first. */
export async function getActivityList(locale: string, filter: ActivityFilter = {}, page = 1, limit = PAGE_SIZE) {
  const list = await findLocalized('activities', locale, {
    where: filterWhere(filter),
    sort: ['-date', '-id'],
    limit,
    page,
    select: listSelect,
  })
  return { items: await toItems(list.docs, locale), page: list.page, totalPages: list.totalPages }
}

/** Every activity of one partner city (a city has a handful: no pagination). */
export async function getCityActivities(collection: CityCollection, id: number, locale: string) {
  const city = { collection, id, slug: '', name: '' }
  return (await getActivityList(locale, { city }, 1, 0)).items
}

export const getActivity = (slug: string, locale: string) => findBySlug('activities', slug, locale)

/** The years from the first activity to the last, for the year filter. */
export async function getActivityYears(locale: string): Promise<number[]> {
  const edge = (sort: string) =>
    findLocalized('activities', locale, { sort, limit: 1, pagination: false, select: { date: true } })
  const [first, last] = await Promise.all([edge('date'), edge('-date')])
  if (!first.docs[0] || !last.docs[0]) return []
  const [from, to] = [first.docs[0], last.docs[0]].map((doc) => new Date(doc.date).getUTCFullYear())
  return Array.from({ length: to - from + 1 }, (_, index) => to - index)
}

/** The partner city a filter names by its slug (a partnership's first, then a friendly city's). */
export async function findCityBySlug(slug: string, locale: string): Promise<CityLink | undefined> {
  for (const collection of ['partnerships', 'friendly-cities'] as const) {
    const { docs } = await findLocalized(collection, locale, {
      where: { slug: { equals: slug } },
      limit: 1,
      select: { name: true, slug: true },
    })
    const doc = docs[0]
    if (doc)
      return { collection, id: doc.id, slug: doc.slug, name: doc.name, ...(doc.fallback.includes('name') ? { lang: 'pl' } : {}) }
  }
  return undefined
}

export const getAreas = async (locale: string) => [...(await areaLinks(locale)).values()]

/** How many published activities served each area (commitment), by its id; the home page links them. */
export async function getAreaCounts(locale: string, areaIds: number[]): Promise<Record<number, number>> {
  const counts = await Promise.all(
    areaIds.map(async (id) => {
      const { totalDocs } = await findLocalized('activities', locale, {
        where: filterWhere({ area: { id, title: '' } }),
        limit: 1,
        select: { slug: true },
      })
      return [id, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts)
}
