import { useTranslations } from 'next-intl'

import { documentPath, localizedPath } from '@/publicPaths'
import type { Overview } from '@/site/data/overview'

/** The agreements by the year they were signed, oldest first: their names, or past a few dozen, a count. */
export function Timeline({ years, locale }: { years: Overview['years']; locale: string }) {
  const t = useTranslations('home')
  return (
    <ol className="timeline">
      {[...years]
        .sort((a, b) => a.year - b.year)
        .map(({ year, count, cities }) => (
          <li key={year}>
            <span className="timeline__year">{year}</span>
            {cities ? (
              <ul>
                {cities.map((city) => (
                  <li key={city.id}>
                    <a href={localizedPath(locale, documentPath('partnerships', city.slug))} lang={city.lang}>
                      {city.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="timeline__count">{t('agreements', { count })}</span>
            )}
          </li>
        ))}
    </ol>
  )
}
