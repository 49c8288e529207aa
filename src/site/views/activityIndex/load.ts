import { translator } from '@/i18n/messages'
import { activitiesPath } from '@/publicPaths'
import { type ActivityFilter, type ActivityItem, activityKinds, type AreaLink } from '@/site/activity'
import { findCityBySlug, getActivityList, getActivityYears, getAreas } from '@/site/data/activities'
import { pageHead } from '@/site/head'
import { pathFilter } from '@/site/views/activityIndex/query'
import type { Load, Params } from '@/site/views/page'
import { activitiesFeedPath } from '@/site/data/activityPaths'

export type ActivityIndexData = {
  title: string
  filter: ActivityFilter
  page: number
  totalPages: number
  items: ActivityItem[]
  areas: AreaLink[]
  years: number[]
}

const PAGE = /^[1-9]\d{0,5}$/

/** One query value; the GET form sends an empty one for "all", which filters nothing. */
const value = (param: Params[string]) => (typeof param === 'string' && param !== '' ? param : undefined)

/**
 * `/{locale}/activities` (cached) and, rewritten from its query, each filter and page (rendered per
 * request: src/config/activityRewrites.ts). A value that names no city, area, kind, year or page is
 * a 404, as the city lists' are.
 */
export const loadActivityIndex: Load<ActivityIndexData> = async (locale, params) => {
  if ([params.city, params.area, params.kind, params.year, params.page].some(Array.isArray)) return null
  const [city, area, kind, year, page = '1'] = ['city', 'area', 'kind', 'year', 'page'].map((key) => value(params[key]))
  if (!PAGE.test(page)) return null
  const [areas, years] = await Promise.all([getAreas(locale), getActivityYears(locale)])
  const filter: ActivityFilter = {}
  if (city && !(filter.city = await findCityBySlug(city, locale))) return null
  if (area && !(filter.area = areas.find((candidate) => String(candidate.id) === area))) return null
  if (kind && !(filter.kind = activityKinds.find((candidate) => candidate === kind))) return null
  if (year) {
    // Only the years from the first activity to the last: the select offers no other.
    if (!/^\d{4}$/.test(year) || !years.includes(Number(year))) return null
    filter.year = Number(year)
  }
  const list = await getActivityList(locale, filter, Number(page))
  if (Number(page) > Math.max(list.totalPages, 1)) return null

  const t = translator(locale)
  const named = [
    filter.city?.name,
    filter.area?.title,
    filter.kind && t(`activity.kinds.${filter.kind}`),
    filter.year && String(filter.year),
  ].filter(Boolean)
  const title = named.length
    ? t('activity.filtered', { title: t('activity.title'), filters: named.join(', ') })
    : t('activity.title')
  const path = activitiesPath({ ...pathFilter(filter), page: Number(page) })
  const head = pageHead(t, {
    locale,
    path,
    title: Number(page) > 1 ? `${title} (${page})` : title,
    description: t('activity.intro'),
    feeds: [{ href: activitiesFeedPath(locale), hreflang: locale, title: t('activitiesData.feedTitle') }],
  })
  return {
    locale,
    title,
    filter,
    page: Number(page),
    totalPages: list.totalPages,
    items: list.items,
    areas,
    years,
    head,
  }
}
