import { useTranslations } from 'next-intl'

import { activitiesPath, localizedPath } from '@/publicPaths'
import { ActivityFilters } from '@/site/components/ActivityFilters'
import { ActivityList } from '@/site/components/ActivityList'
import { Pagination } from '@/site/components/Pagination'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { ActivityIndexData } from '@/site/views/activityIndex/load'
import { pathFilter } from '@/site/views/activityIndex/query'
import type { PageProps } from '@/site/views/page'

export function ActivityIndexView({
  locale,
  title,
  filter,
  page,
  totalPages,
  items,
  areas,
  years,
}: PageProps<ActivityIndexData>) {
  const t = useTranslations('activity')
  const query = pathFilter(filter)
  return (
    <>
      <SiteHeader locale={locale} path={activitiesPath({ ...query, page })} />
      <main id="main" className="container activities">
        <h1>{title}</h1>
        <p>{t('intro')}</p>
        <ActivityFilters locale={locale} filter={filter} areas={areas} years={years} />
        {items.length > 0 ? (
          <ActivityList items={items} locale={locale} showAreas />
        ) : (
          <p className="activities__none">{t('none')}</p>
        )}
        <Pagination
          page={page}
          pages={totalPages}
          href={(target) => localizedPath(locale, activitiesPath({ ...query, page: target }))}
        />
      </main>
    </>
  )
}
