import { translator } from '@/i18n/messages'
import { getActivityList, getAreaCounts } from '@/site/data/activities'
import { getCityList } from '@/site/data/cities'
import { getCommitments } from '@/site/data/commitments'
import { getHistoryArticles } from '@/site/data/history'
import { getOverview } from '@/site/data/overview'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

/** `/{locale}`: the history article's lead, the map, both lists, the latest activities, the commitments and how many activities served each, the timeline. */
export const loadHome = (async (locale: string) => {
  const [partnerships, friendlyCities, commitments, [history], overview, activities] = await Promise.all([
    getCityList('partnerships', locale),
    getCityList('friendly-cities', locale),
    getCommitments(locale),
    getHistoryArticles(locale),
    getOverview(locale),
    // The latest three activities.
    getActivityList(locale, {}, 1, 3),
  ])
  const areaCounts = await getAreaCounts(
    locale,
    commitments.map((commitment) => commitment.id),
  )
  const t = translator(locale)
  const head = pageHead(t, { locale, title: t('home.title'), description: t('site.description'), whole: true })
  return {
    locale,
    partnerships,
    friendlyCities,
    commitments,
    areaCounts,
    history: history ?? null,
    overview,
    activities: activities.items,
    head,
  }
}) satisfies Load<unknown>

export type HomeData = NonNullable<Awaited<ReturnType<typeof loadHome>>>
