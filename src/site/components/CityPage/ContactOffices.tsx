import { useTranslations } from 'next-intl'

import { type City } from '@/site/components/CityPage/city'
import { HostLink } from '@/site/components/HostLink'
import { isSafeHref } from '@/site/safeHref'

type Side = 'ours' | 'theirs'
type Office = NonNullable<NonNullable<City['contactOffice']>[Side]>

const hasContact = (office: Office | undefined): office is Office =>
  Boolean(office && (office.institution || office.department || office.email || isSafeHref(office.website)))

/**
 * Whom to write to about this partnership, on each side: institutions only (the collection holds no
 * person's data). A side with nothing recorded is left out, and the section with both.
 */
export function ContactOffices({ city }: { city: City }) {
  const t = useTranslations()
  const sides = (['ours', 'theirs'] as const)
    .map((side) => ({ side, office: city.contactOffice?.[side] }))
    .filter((entry): entry is { side: Side; office: Office } => hasContact(entry.office))
  if (!sides.length) return null
  const polish = (side: Side, field: 'institution' | 'department') =>
    city.fallback.includes(`contactOffice.${side}.${field}`) ? 'pl' : undefined
  return (
    <section aria-labelledby="contact-offices-heading" className="city__contact">
      <h2 id="contact-offices-heading">{t('city.contactHeading')}</h2>
      <div className="contact-offices">
        {sides.map(({ side, office }) => (
          <div key={side}>
            <h3 lang={side === 'theirs' && city.fallback.includes('name') ? 'pl' : undefined}>
              {side === 'ours' ? t('site.cityName') : city.name}
            </h3>
            <address>
              {office.institution && <p lang={polish(side, 'institution')}>{office.institution}</p>}
              {office.department && <p lang={polish(side, 'department')}>{office.department}</p>}
              {office.email && (
                <p>
                  <a href={`mailto:${office.email}`}>{office.email}</a>
                </p>
              )}
              {isSafeHref(office.website) && (
                <p>
                  <HostLink href={office.website} />
                </p>
              )}
            </address>
          </div>
        ))}
      </div>
    </section>
  )
}
