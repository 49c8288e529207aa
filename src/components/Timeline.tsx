import type { Localized } from '@/utilities/content'
import { yearOf } from '@/utilities/format'
import { localizedPath } from '@/utilities/pageMetadata'
import type { Partnership } from '@/payload-types'

/** The agreements grouped by the year they were signed, oldest first. */
export function Timeline({ partnerships, locale }: { partnerships: Localized<Partnership>[]; locale: string }) {
  const years = new Map<number, Localized<Partnership>[]>()
  for (const partnership of partnerships) {
    const year = yearOf(partnership.agreementDate)
    years.set(year, [...(years.get(year) ?? []), partnership])
  }
  return (
    <ol className="timeline">
      {[...years.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, signed]) => (
          <li key={year}>
            <span className="timeline__year">{year}</span>
            <ul>
              {signed.map((partnership) => (
                <li key={partnership.id}>
                  <a
                    href={localizedPath(locale, `/partnerships/${partnership.slug}`)}
                    lang={partnership.fallback.includes('name') ? 'pl' : undefined}
                  >
                    {partnership.name}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
    </ol>
  )
}
