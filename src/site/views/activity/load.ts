import { translator } from '@/i18n/messages'
import type { Activity, Media } from '@/payload-types'
import { documentPath } from '@/publicPaths'
import type { ActivityItem } from '@/site/activity'
import { getActivity, toItems } from '@/site/data/activities'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'
import { activitiesFeedPath } from '@/site/data/activityPaths'

export type ActivityData = {
  path: string
  item: ActivityItem
  activity: Pick<Activity, 'summary' | 'content' | 'place' | 'sources'> & { fallback: string[] }
  images: Pick<Media, 'id' | 'url' | 'alt' | 'width' | 'height' | 'credit'>[]
}

/** `/{locale}/activities/{slug}`. */
export const loadActivity: Load<ActivityData> = async (locale, { slug }) => {
  if (typeof slug !== 'string') return null
  const doc = await getActivity(slug, locale)
  if (!doc) return null
  const [item] = await toItems([doc], locale)
  const images = (doc.images ?? [])
    .filter((image): image is Media => typeof image === 'object' && image !== null && !!image.url)
    .map(({ id, url, alt, width, height, credit }) => ({ id, url, alt, width, height, credit }))
  const path = documentPath('activities', slug)
  const t = translator(locale)
  const head = pageHead(t, {
    locale,
    path,
    title: doc.title,
    description: doc.summary,
    type: 'article',
    feeds: [{ href: activitiesFeedPath(locale), hreflang: locale, title: t('activitiesData.feedTitle') }],
  })
  const { summary, content, place, sources, fallback } = doc
  return { locale, path, item, activity: { summary, content, place, sources, fallback }, images, head }
}
