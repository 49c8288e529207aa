import { useTranslations } from 'next-intl'

import { isRTL } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { PartnerMap, type PartnerMapProps } from '@/site/components/PartnerMap'

type Props = Pick<PartnerMapProps, 'cities' | 'title' | 'description' | 'width' | 'height' | 'dropCrowdedLabels'> & {
  locale: string
  home: SiteSetting['homeCity']
  className?: string
}

/** A partner map under its heading, around the home city; none until the home city has coordinates. */
export function MapSection({ locale, home, className, title, ...map }: Props) {
  const t = useTranslations()
  if (home?.latitude == null || home.longitude == null) return null
  return (
    <section aria-labelledby="map-heading" className={className}>
      <h2 id="map-heading">{title}</h2>
      <PartnerMap
        {...map}
        home={{ name: home.name ?? t('site.cityName'), latitude: home.latitude, longitude: home.longitude }}
        title={title}
        labels={{
          home: t('status.homeLegend'),
          ended: t('status.endedLegend'),
          friendly: t('status.friendlyLegend'),
        }}
        dir={isRTL(locale) ? 'rtl' : 'ltr'}
        locale={locale}
      />
    </section>
  )
}
