import { useTranslations } from 'next-intl'

import { activitiesPath, localizedPath } from '@/publicPaths'
import { type ActivityFilter, activityKinds, type AreaLink } from '@/site/activity'

/**
 * The list's filters without JavaScript: a GET form (its empty selects filter nothing) and, for
 * each filter in force, a plain link that drops it. A city is chosen by the links to it (from an
 * activity or a city's page): a select of every partner city would outgrow the page at scale.
 */
export function ActivityFilters({
  locale,
  filter,
  areas,
  years,
}: {
  locale: string
  filter: ActivityFilter
  areas: AreaLink[]
  years: number[]
}) {
  const t = useTranslations('activity')
  const current = { city: filter.city?.slug, area: filter.area?.id, kind: filter.kind, year: filter.year }
  const without = (key: keyof typeof current) => localizedPath(locale, activitiesPath({ ...current, [key]: undefined }))
  const active = [
    filter.city && { key: 'city' as const, label: filter.city.name, lang: filter.city.lang },
    filter.area && { key: 'area' as const, label: filter.area.title, lang: filter.area.lang },
    filter.kind && { key: 'kind' as const, label: t(`kinds.${filter.kind}`) },
    filter.year && { key: 'year' as const, label: String(filter.year) },
  ].filter((entry) => !!entry)
  return (
    <>
      <form method="get" action={localizedPath(locale, activitiesPath())} className="filters" aria-label={t('filter')}>
        {filter.city && <input type="hidden" name="city" value={filter.city.slug} />}
        <label>
          {t('area')}
          <select name="area" defaultValue={filter.area ? String(filter.area.id) : ''}>
            <option value="">{t('all')}</option>
            {areas.map((area) => (
              <option key={area.id} value={String(area.id)} lang={area.lang}>
                {area.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}
          <select name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">{t('all')}</option>
            {activityKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('year')}
          <select name="year" defaultValue={filter.year ? String(filter.year) : ''}>
            <option value="">{t('all')}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {active.length > 0 && (
        <ul className="filters__active" aria-label={t('activeFilters')}>
          {active.map(({ key, label, lang }) => (
            <li key={key}>
              <a href={without(key)}>
                {t('remove')} <span lang={lang}>{label}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
