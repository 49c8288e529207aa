import { useTranslations } from 'next-intl'

import type { Media, Partnership } from '@/payload-types'
import { localizedPath } from '@/publicPaths'
import { CityActivities } from '@/site/components/CityPage/Activities'
import { ContactOffices } from '@/site/components/CityPage/ContactOffices'
import { type City, isPartnership } from '@/site/components/CityPage/city'
import { Facts } from '@/site/components/CityPage/Facts'
import { cityJsonLd } from '@/site/components/CityPage/jsonLd'
import { Neighbours } from '@/site/components/CityPage/Neighbours'
import { StatusHistory } from '@/site/components/CityPage/StatusHistory'
import { Fallback } from '@/site/components/Fallback'
import { JsonLd } from '@/site/components/JsonLd'
import { MapSection } from '@/site/components/MapSection'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { ActivityItem } from '@/site/activity'
import type { Localized } from '@/site/data/localized'
import { countryName } from '@/site/format'
import type { PageProps } from '@/site/views/page'

export type CityPageData = {
  path: string
  city: City
  neighbours: { previous?: Localized<Partnership>; next?: Localized<Partnership> } | null
  activities: ActivityItem[]
}

export function CityPage({ locale, path, city, neighbours, activities, settings }: PageProps<CityPageData>) {
  const t = useTranslations()
  const notice = t('fallback.notice')
  const fellBack = (field: string) => city.fallback.includes(field)
  const partnership = isPartnership(city) ? city : undefined
  const hero = typeof city.heroImage === 'object' ? (city.heroImage as Media | null) : null

  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main" className="container city">
        <nav aria-label={t('site.mainNavigation')} className="breadcrumbs">
          <a href={localizedPath(locale)}>{t('site.home')}</a>
        </nav>
        <p className="city__kind">{partnership ? t('city.partnerCity') : t('city.friendlyCity')}</p>
        <h1 lang={fellBack('name') ? 'pl' : undefined}>{city.name}</h1>

        <Facts city={city} locale={locale} />

        {hero?.url && (
          <figure className="city__hero">
            {/* Payload stores the sizes; next/image would add its optimizer route and a client script. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={hero.url} alt={hero.alt} width={hero.width ?? undefined} height={hero.height ?? undefined} />
            {hero.credit && <figcaption>{hero.credit}</figcaption>}
          </figure>
        )}

        {city.summary && (
          <Fallback active={fellBack('summary')} notice={notice}>
            <p className="city__summary">{city.summary}</p>
          </Fallback>
        )}
        {city.content && (
          <Fallback active={fellBack('content')} notice={notice}>
            <RichText data={city.content} />
          </Fallback>
        )}

        {partnership?.statusHistory && partnership.statusHistory.length > 0 && (
          <StatusHistory entries={partnership.statusHistory} locale={locale} />
        )}

        <MapSection
          locale={locale}
          home={settings.homeCity}
          className="city__map"
          cities={[
            {
              id: city.id,
              name: city.name,
              href: localizedPath(locale, path),
              kind: partnership ? 'partnership' : 'friendly',
              status: partnership?.status ?? undefined,
              latitude: city.location.latitude,
              longitude: city.location.longitude,
              lang: fellBack('name') ? 'pl' : undefined,
            },
          ]}
          title={t('city.mapTitle', { name: city.name })}
          description={`${city.name}, ${countryName(city.country, locale)}`}
          width={480}
          height={320}
        />

        <CityActivities items={activities} citySlug={city.slug} locale={locale} />

        <ContactOffices city={city} />

        {neighbours && <Neighbours {...neighbours} locale={locale} />}
      </main>
      <JsonLd data={cityJsonLd(city, locale)} />
    </>
  )
}
