import { translator } from '@/i18n/messages'
import { openDataPath } from '@/publicPaths'
import { activitiesFeedPath } from '@/site/data/activityPaths'
import { cached } from '@/site/data/cached'
import { getOpenDataSummary } from '@/site/data/openData'
import { getActivitiesSummary } from '@/site/data/openData/activities'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

type Summary = Awaited<ReturnType<typeof getOpenDataSummary>>

export type OpenDataData = { data: Summary & { activities: Summary } }

/** `/{locale}/open-data`: the files, their fields and licence. */
export const loadOpenData: Load<OpenDataData> = async (locale) => {
  // The summary comes from the files' own cache; this records that the page shows the cities.
  const data = await cached(['partnerships', 'friendly-cities'], ['open-data-summary'], () => getOpenDataSummary())
  const activities = await cached(['activities'], ['open-data-activities-summary'], () => getActivitiesSummary())
  const t = translator(locale)
  const head = pageHead(t, {
    locale,
    path: openDataPath,
    title: t('openData.title'),
    description: t('openData.datasetDescription'),
    // The page describes the activities' feed too: feed readers find it here.
    feeds: [{ href: activitiesFeedPath(locale), hreflang: locale, title: t('activitiesData.feedTitle') }],
  })
  return { locale, data: { ...data, activities }, head }
}
