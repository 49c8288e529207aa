import { useTranslations } from 'next-intl'

import { type City, isPartnership } from '@/site/components/CityPage/city'
import { FormattedDate } from '@/site/components/FormattedDate'
import { HostLink } from '@/site/components/HostLink'
import { countryName } from '@/site/format'
import { isSafeHref } from '@/site/safeHref'

/** Country, then the agreement and its status (a partnership) or the relation (a friendly city), then the website. */
export function Facts({ city, locale }: { city: City; locale: string }) {
  const t = useTranslations()
  return (
    <dl className="facts">
      <dt>{t('city.country')}</dt>
      <dd>{countryName(city.country, locale)}</dd>
      {isPartnership(city) ? (
        <>
          <dt>{t('city.agreementDate')}</dt>
          <dd>
            <FormattedDate iso={city.agreementDate} locale={locale} />
          </dd>
          <dt>{t('city.status')}</dt>
          <dd>{t(`status.${city.status}`)}</dd>
        </>
      ) : (
        <>
          <dt>{t('city.relationType')}</dt>
          <dd>{t(`relation.${city.relationType}`)}</dd>
          {city.documentDate && (
            <>
              <dt>{t('city.documentDate')}</dt>
              <dd>
                <FormattedDate iso={city.documentDate} locale={locale} precision={city.datePrecision} />
              </dd>
            </>
          )}
        </>
      )}
      {isSafeHref(city.website) && (
        <>
          <dt>{t('city.website')}</dt>
          <dd>
            <HostLink href={city.website} />
          </dd>
        </>
      )}
    </dl>
  )
}
