import { useTranslations } from 'next-intl'

import { activitiesPath, documentPath, localizedPath } from '@/publicPaths'
import { FormattedDate } from '@/site/components/FormattedDate'
import type { ActivityItem } from '@/site/activity'

/** When an activity happened: its date as precisely as known, and its last day when it lasted longer. */
export function ActivityDates({ item, locale }: { item: ActivityItem; locale: string }) {
  const sameDay = !item.endDate || item.endDate.slice(0, 10) === item.date.slice(0, 10)
  return (
    <>
      <FormattedDate iso={item.date} locale={locale} precision={item.datePrecision} />
      {!sameDay && (
        <>
          {' – '}
          <FormattedDate iso={item.endDate!} locale={locale} precision={item.datePrecision} />
        </>
      )}
    </>
  )
}

/** Activities, newest first: title, date, kind, the partner cities and (optionally) the areas served. */
export function ActivityList({
  items,
  locale,
  showAreas = false,
}: {
  items: ActivityItem[]
  locale: string
  showAreas?: boolean
}) {
  const t = useTranslations('activity')
  return (
    <ul className="activity-list">
      {items.map((item) => (
        <li key={item.id} className="activity-list__item">
          <a href={localizedPath(locale, documentPath('activities', item.slug))} lang={item.lang}>
            {item.title}
          </a>
          <span className="activity-list__meta">
            <ActivityDates item={item} locale={locale} /> · {t(`kinds.${item.kind}`)}
            {item.cities.map((city) => (
              <span key={`${city.collection}:${city.id}`}>
                {' · '}
                <a href={localizedPath(locale, documentPath(city.collection, city.slug))} lang={city.lang}>
                  {city.name}
                </a>
              </span>
            ))}
          </span>
          {showAreas && item.areas.length > 0 && (
            <span className="activity-list__areas">
              {t('areas')}:{' '}
              {item.areas.map((area, index) => (
                <span key={area.id}>
                  {index > 0 && ', '}
                  <a href={localizedPath(locale, activitiesPath({ area: area.id }))} lang={area.lang}>
                    {area.title}
                  </a>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
