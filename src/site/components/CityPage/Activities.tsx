import { useTranslations } from 'next-intl'

import { activitiesPath, localizedPath } from '@/publicPaths'
import { ActivityList } from '@/site/components/ActivityList'
import type { ActivityItem, AreaLink } from '@/site/activity'

/**
 * What the city does with this partner, newest first, and how many of those activities served
 * each commitment (each count opens the list filtered by both). Nothing when none is recorded.
 */
export function CityActivities({
  items,
  citySlug,
  locale,
}: {
  items: ActivityItem[]
  citySlug: string
  locale: string
}) {
  const t = useTranslations('activity')
  if (!items.length) return null
  const counts = new Map<number, { area: AreaLink; count: number }>()
  for (const area of items.flatMap((item) => item.areas))
    counts.set(area.id, { area, count: (counts.get(area.id)?.count ?? 0) + 1 })
  return (
    <section aria-labelledby="activities-heading" className="city__activities">
      <h2 id="activities-heading">{t('cityHeading')}</h2>
      <ActivityList items={items} locale={locale} showAreas />
      {counts.size > 0 && (
        <table className="area-counts">
          <caption>{t('perArea')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {[...counts.values()].map(({ area, count }) => (
              <tr key={area.id}>
                <th scope="row" lang={area.lang}>
                  {area.title}
                </th>
                <td>
                  <a href={localizedPath(locale, activitiesPath({ city: citySlug, area: area.id }))}>{count}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
