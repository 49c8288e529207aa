import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import {
  type CollectionSlug,
  type GlobalSlug,
  getPayload,
  type PaginatedDocs,
  type TypedLocale,
  type Where,
} from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { cacheTag } from '@/cache/tags'
import type {
  AccessibilityStatement,
  Commitment,
  FriendlyCity,
  HistoryArticle,
  Partnership,
  SiteSetting,
} from '@/payload-types'

/**
 * A document in the reader's language, where each localized text that has no translation is the
 * Polish one; `fallback` names those fields so the page can say so and mark them `lang="pl"`.
 */
export type Localized<T> = T & { fallback: string[] }

const localizedTexts = [
  'name',
  'summary',
  'content',
  'title',
  'excerpt',
  'description',
  'officeName',
  'address',
  'openDataLicence',
] as const

/** A group (such as the licence's name and address) is untranslated when all of its fields are. */
const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty))

function localize<T extends object>(doc: T, polish: T | undefined): Localized<T> {
  const fallback: string[] = []
  const merged = { ...doc } as Record<string, unknown>
  for (const field of localizedTexts) {
    if (field in doc && isEmpty(merged[field]) && polish && !isEmpty((polish as Record<string, unknown>)[field])) {
      merged[field] = (polish as Record<string, unknown>)[field]
      fallback.push(field)
    }
  }
  // The notes of a partnership's status history are translated row by row.
  const rows = merged.statusHistory
  if (Array.isArray(rows) && polish) {
    const polishNotes = new Map(
      ((polish as { statusHistory?: { id?: string | null; note?: string | null }[] }).statusHistory ?? []).map(
        (row) => [row.id, row.note],
      ),
    )
    merged.statusHistory = rows.map((row: { id?: string | null; note?: string | null }) =>
      isEmpty(row.note) && !isEmpty(polishNotes.get(row.id))
        ? { ...row, note: polishNotes.get(row.id), noteLang: defaultLocale }
        : row,
    )
  }
  return { ...(merged as T), fallback }
}

/** Reads in the reader's locale and, unless that is Polish, in Polish too, for the fallback. */
const withPolish = <R>(locale: string, read: (readLocale: string) => Promise<R>) =>
  Promise.all([read(locale), locale === defaultLocale ? undefined : read(defaultLocale)])

/**
 * Published content is cached until a hook expires its tag. In draft mode (an editor's preview)
 * the latest drafts are read, uncached, and never stored where a reader could get them.
 */
async function cached<T>(
  slugs: (CollectionSlug | GlobalSlug)[],
  key: unknown[],
  load: (draft: boolean) => Promise<T>,
): Promise<T> {
  const { isEnabled } = await draftMode()
  if (isEnabled) return load(true)
  return unstable_cache(() => load(false), [...slugs, ...key.map(String)], { tags: slugs.map(cacheTag) })()
}

type Content = {
  partnerships: Partnership
  'friendly-cities': FriendlyCity
  commitments: Commitment
  'history-articles': HistoryArticle
}

type Query = { where?: Where; sort?: string | string[]; limit?: number; page?: number; select?: Record<string, true> }

export type Paged<T> = { docs: T[]; totalDocs: number; page: number; totalPages: number }

/** One page (or, with `limit` 0, all) of a collection in the reader's language, Polish filling the gaps. */
async function loadLocalized<S extends keyof Content>(
  collection: S,
  locale: string,
  { where, sort, limit = 0, page = 1, select }: Query,
  draft: boolean,
): Promise<Paged<Localized<Content[S]>>> {
  const payload = await getPayload({ config })
  const read = async (readLocale: string, ids?: unknown[]): Promise<PaginatedDocs<Content[S]>> =>
    payload.find({
      collection,
      locale: readLocale as TypedLocale,
      fallbackLocale: false,
      // The Polish read only needs the documents of this page.
      where: ids ? { id: { in: ids } } : where,
      sort,
      limit: ids ? 0 : limit,
      page: ids ? 1 : page,
      pagination: !ids && limit > 0,
      select,
      depth: select ? 0 : 1,
      draft,
      // Anonymous reads go through access control: only published documents come back.
      overrideAccess: draft,
    } as never) as never
  const inLocale = await read(locale)
  const ids = inLocale.docs.map((doc) => doc.id)
  const inPolish = locale === defaultLocale || !ids.length ? undefined : await read(defaultLocale, ids)
  const polish = new Map(inPolish?.docs.map((doc) => [doc.id, doc]))
  return {
    docs: inLocale.docs.map((doc) => localize(doc as Content[S], polish.get(doc.id) as Content[S] | undefined)),
    totalDocs: inLocale.totalDocs,
    page: inLocale.page ?? 1,
    totalPages: inLocale.totalPages,
  }
}

const findLocalized = <S extends keyof Content>(collection: S, locale: string, query: Query = {}) =>
  cached([collection], [locale, JSON.stringify(query)], (draft) => loadLocalized(collection, locale, query, draft))

/** Lists show this many cities a page (the home page shows the first page). */
export const PAGE_SIZE = 50

/** `country` narrows the list to one country (ISO code), as the map's country markers link it. */
export function getPartnershipsPage(locale: string, page = 1, country?: string) {
  // Active partnerships first (`active` sorts before `ended` and `suspended`), each group by date.
  return findLocalized('partnerships', locale, {
    sort: ['status', 'agreementDate'],
    limit: PAGE_SIZE,
    page,
    where: country ? { country: { equals: country } } : undefined,
  })
}
export function getFriendlyCitiesPage(locale: string, page = 1, country?: string) {
  return findLocalized('friendly-cities', locale, {
    sort: 'name',
    limit: PAGE_SIZE,
    page,
    where: country ? { country: { equals: country } } : undefined,
  })
}
export const getCommitments = async (locale: string) =>
  (await findLocalized('commitments', locale, { sort: 'order' })).docs
export const getHistoryArticles = async (locale: string) =>
  (await findLocalized('history-articles', locale, { sort: '-publishedAt' })).docs

export async function getBySlug<S extends 'partnerships' | 'friendly-cities' | 'history-articles'>(
  collection: S,
  slug: string,
  locale: string,
): Promise<Localized<Content[S]> | undefined> {
  const { docs } = await findLocalized(collection, locale, { where: { slug: { equals: slug } }, limit: 1 })
  return docs[0]
}

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

async function findGlobalLocalized<T extends object>(slug: GlobalSlug, locale: string): Promise<Localized<T>> {
  return cached([slug], [locale], async (draft) => {
    const payload = await getPayload({ config })
    const read = (readLocale: string) =>
      payload.findGlobal({
        slug,
        locale: readLocale as TypedLocale,
        fallbackLocale: false,
        depth: 1,
        draft,
        overrideAccess: draft,
      })
    const [inLocale, inPolish] = await withPolish(locale, read)
    return localize(inLocale as T, inPolish as T | undefined)
  })
}

export const getSiteSettings = (locale: string) => findGlobalLocalized<SiteSetting>('site-settings', locale)
export const getAccessibilityStatement = (locale: string) =>
  findGlobalLocalized<AccessibilityStatement>('accessibility-statement', locale)

/** Above this many cities the map shows one marker per country, and the timeline counts. */
export const MAP_CITY_LIMIT = 40

export type OverviewCity = { id: string | number; name: string; slug: string; lang?: string }
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
    const cityOf = (doc: Localized<{ id: string | number; name: string; slug: string }>): OverviewCity => ({
      id: doc.id,
      name: doc.name,
      slug: doc.slug,
      ...(doc.fallback.includes('name') ? { lang: defaultLocale } : {}),
    })
    const located = <T extends { location?: { latitude?: number | null; longitude?: number | null } | null }>(doc: T) =>
      doc.location?.latitude != null && doc.location?.longitude != null
    const points: MapPoint[] = [
      ...partnerships.docs.filter(located).map((doc) => ({
        ...cityOf(doc),
        kind: 'partnership' as const,
        latitude: doc.location!.latitude!,
        longitude: doc.location!.longitude!,
        status: doc.status,
        country: doc.country,
      })),
      ...friendly.docs.filter(located).map((doc) => ({
        ...cityOf(doc),
        kind: 'friendly' as const,
        latitude: doc.location!.latitude!,
        longitude: doc.location!.longitude!,
        country: doc.country,
      })),
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
