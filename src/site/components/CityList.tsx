import { useTranslations } from 'next-intl'

import { type CityCollection, documentPath, localizedPath } from '@/publicPaths'
import type { Localized } from '@/site/data/localized'
import { countryName, type DatePrecision, formatDate } from '@/site/format'

type City = Localized<{ id: number | string; name: string; slug: string; country: string }> & {
  agreementDate?: string
  documentDate?: string | null
  datePrecision?: DatePrecision | null
  status?: 'active' | 'ended' | 'suspended' | null
}

/** A list of cities with country, date and, when not active, the status in words. */
export function CityList({
  cities,
  locale,
  collection,
}: {
  cities: City[]
  locale: string
  collection: CityCollection
}) {
  const t = useTranslations()
  return (
    <ul className="city-list">
      {cities.map((city) => {
        const date = city.agreementDate ?? city.documentDate
        return (
          <li key={city.id} className={`city-list__item city-list__item--${city.status ?? 'friendly'}`}>
            <a
              href={localizedPath(locale, documentPath(collection, city.slug))}
              lang={city.fallback.includes('name') ? 'pl' : undefined}
            >
              {city.name}
            </a>
            <span className="city-list__meta">
              {countryName(city.country, locale)}
              {date && (
                <>
                  {' · '}
                  {city.agreementDate
                    ? t('home.signedOn', { date: formatDate(date, locale) })
                    : t('home.letterOn', { date: formatDate(date, locale, city.datePrecision ?? 'day') })}
                </>
              )}
            </span>
            {city.status && city.status !== 'active' && <span className="badge">{t(`status.${city.status}`)}</span>}
          </li>
        )
      })}
    </ul>
  )
}
