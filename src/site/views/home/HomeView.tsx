import { useTranslations } from 'next-intl'

import { absoluteUrl, activitiesPath, type CityCollection, documentPath, listPath, localizedPath } from '@/publicPaths'
import { ActivityList } from '@/site/components/ActivityList'
import { CityList } from '@/site/components/CityList'
import { JsonLd } from '@/site/components/JsonLd'
import { MapSection } from '@/site/components/MapSection'
import { SiteHeader } from '@/site/components/SiteHeader'
import { Timeline } from '@/site/components/Timeline'
import { type MapPoint } from '@/site/data/overview'
import { countryName } from '@/site/format'
import type { PageProps } from '@/site/views/page'
import type { HomeData } from '@/site/views/home/load'

const collectionOf: Record<MapPoint['kind'], CityCollection> = {
  partnership: 'partnerships',
  friendly: 'friendly-cities',
}

export function HomeView({
  locale,
  settings,
  partnerships,
  friendlyCities,
  commitments,
  areaCounts,
  history,
  overview,
  activities,
}: PageProps<HomeData>) {
  const t = useTranslations()
  const notice = t('fallback.notice')
  // A country's point (past MAP_CITY_LIMIT cities) opens the list of that country's cities.
  const mapCities = overview.map.map(({ id, name, slug, kind, latitude, longitude, status, lang, country, count }) =>
    country
      ? {
          id,
          kind,
          latitude,
          longitude,
          name: `${countryName(country, locale)} (${count})`,
          href: localizedPath(locale, listPath(collectionOf[kind], { country })),
        }
      : {
          id,
          kind,
          latitude,
          longitude,
          status,
          lang,
          name,
          href: localizedPath(locale, documentPath(collectionOf[kind], slug)),
        },
  )
  const cityCount = overview.totals.partnerships + overview.totals.friendly
  const seeAll = (kind: MapPoint['kind'], shown: number, total: number) =>
    total > shown && (
      <p className="see-all">
        <a href={localizedPath(locale, listPath(collectionOf[kind]))}>{t('list.seeAll', { count: total })}</a>
      </p>
    )

  return (
    <>
      <SiteHeader locale={locale} path="" />
      <main id="main" className="container">
        <h1>{t('home.title')}</h1>

        {history && (
          <section className="lead" aria-labelledby="history-heading">
            <h2 id="history-heading" lang={history.fallback.includes('title') ? 'pl' : undefined}>
              {history.title}
            </h2>
            {history.fallback.length > 0 && <p className="fallback__notice">{notice}</p>}
            {history.excerpt && <p lang={history.fallback.includes('excerpt') ? 'pl' : undefined}>{history.excerpt}</p>}
            <p>
              <a href={localizedPath(locale, documentPath('history-articles', history.slug))}>{t('home.readMore')}</a>
            </p>
          </section>
        )}

        <MapSection
          locale={locale}
          home={settings.homeCity}
          cities={mapCities}
          title={t('home.map')}
          description={t(overview.byCountry ? 'home.mapByCountry' : 'home.mapDescription', { count: cityCount })}
          dropCrowdedLabels={overview.byCountry}
        />

        <section aria-labelledby="partnerships-heading">
          <h2 id="partnerships-heading">{t('home.partnerships')}</h2>
          <p>{t('home.partnershipsIntro')}</p>
          <CityList cities={partnerships.docs} locale={locale} collection="partnerships" />
          {seeAll('partnership', partnerships.docs.length, partnerships.totalDocs)}
        </section>

        <section aria-labelledby="friendly-heading">
          <h2 id="friendly-heading">{t('home.friendlyCities')}</h2>
          <CityList cities={friendlyCities.docs} locale={locale} collection="friendly-cities" />
          {seeAll('friendly', friendlyCities.docs.length, friendlyCities.totalDocs)}
        </section>

        {activities.length > 0 && (
          <section aria-labelledby="activities-heading">
            <h2 id="activities-heading">{t('activity.latest')}</h2>
            <ActivityList items={activities} locale={locale} />
            <p className="see-all">
              <a href={localizedPath(locale, activitiesPath())}>{t('activity.seeAll')}</a>
            </p>
          </section>
        )}

        <section aria-labelledby="commitments-heading">
          <h2 id="commitments-heading">{t('home.commitments')}</h2>
          <p>{t('home.commitmentsIntro')}</p>
          <ul className="commitments">
            {commitments.map((commitment) => (
              <li key={commitment.id}>
                <span lang={commitment.fallback.includes('title') ? 'pl' : undefined}>{commitment.title}</span>
                {areaCounts[commitment.id] > 0 && (
                  <>
                    {' '}
                    <a href={localizedPath(locale, activitiesPath({ area: commitment.id }))}>
                      {t('activity.areaCount', { count: areaCounts[commitment.id] })}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          {commitments.some((commitment) => commitment.fallback.includes('title')) && (
            <p className="fallback__notice">{notice}</p>
          )}
        </section>

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('home.timeline')}</h2>
          <Timeline years={overview.years} locale={locale} />
        </section>
      </main>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t('home.title'),
          inLanguage: locale,
          url: absoluteUrl(localizedPath(locale)),
        }}
      />
    </>
  )
}
