import { useTranslations } from 'next-intl'

import type { Partnership } from '@/payload-types'
import { documentPath, localizedPath } from '@/publicPaths'

type Neighbour = Pick<Partnership, 'slug' | 'name'>

/** Links to the partnerships signed just before and just after, for reading them in order. */
export function Neighbours({ previous, next, locale }: { previous?: Neighbour; next?: Neighbour; locale: string }) {
  const t = useTranslations('city')
  if (!previous && !next) return null
  const links = [
    { city: previous, rel: 'prev', label: 'previous' },
    { city: next, rel: 'next', label: 'next' },
  ] as const
  return (
    <nav aria-labelledby="neighbours-heading" className="neighbours">
      <h2 id="neighbours-heading">{t('neighbours')}</h2>
      <ul>
        {links.map(
          ({ city, rel, label }) =>
            city && (
              <li key={rel}>
                <a href={localizedPath(locale, documentPath('partnerships', city.slug))} rel={rel}>
                  {t(label, { name: city.name })}
                </a>
              </li>
            ),
        )}
      </ul>
    </nav>
  )
}
