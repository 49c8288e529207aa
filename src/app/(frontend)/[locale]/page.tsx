import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CityList } from '@/components/CityList'
import { JsonLd } from '@/components/JsonLd'
import { PartnerMap } from '@/components/PartnerMap'
import { SiteHeader } from '@/components/SiteHeader'
import { Timeline } from '@/components/Timeline'
import { routing } from '@/i18n/routing'
import { getCommitments, getFriendlyCities, getHistoryArticles, getPartnerships, getSiteSettings } from '@/utilities/content'
import { localizedPath, pageMetadata } from '@/utilities/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale })
  return { ...pageMetadata({ locale, title: t('home.title'), description: t('site.description') }), title: { absolute: t('home.title') } }
}

export default async function Home({ params }: Props) {
  const { locale } = await params
  // The layout's check comes too late: this page loads data for its locale first.
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, partnerships, friendlyCities, commitments, [history], settings] = await Promise.all([
    getTranslations({ locale }),
    getPartnerships(locale),
    getFriendlyCities(locale),
    getCommitments(locale),
    getHistoryArticles(locale),
    getSiteSettings(locale),
  ])
  // Active partnerships first, each group by date; ended and suspended ones stay listed as such.
  const ordered = [...partnerships.filter((p) => p.status === 'active'), ...partnerships.filter((p) => p.status !== 'active')]
  const notice = t('fallback.notice')
  const home = settings.homeCity
  const mapCities = [
    ...partnerships.map((city) => ({ ...city, kind: 'partnership' as const, href: localizedPath(locale, `/partnerships/${city.slug}`) })),
    ...friendlyCities.map((city) => ({ ...city, kind: 'friendly' as const, href: localizedPath(locale, `/friendly-cities/${city.slug}`) })),
  ].map(({ id, name, href, kind, location, fallback, ...rest }) => ({
    id,
    name,
    href,
    kind,
    latitude: location.latitude,
    longitude: location.longitude,
    status: 'status' in rest ? (rest.status ?? undefined) : undefined,
    lang: fallback.includes('name') ? 'pl' : undefined,
  }))

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
              <a href={localizedPath(locale, `/history/${history.slug}`)}>{t('home.readMore')}</a>
            </p>
          </section>
        )}

        {home?.latitude != null && home.longitude != null && (
          <section aria-labelledby="map-heading">
            <h2 id="map-heading">{t('home.map')}</h2>
            <PartnerMap
              cities={mapCities}
              home={{ name: home.name ?? t('site.cityName'), latitude: home.latitude, longitude: home.longitude }}
              title={t('home.map')}
              description={t('home.mapDescription', { count: mapCities.length })}
              labels={{ home: t('status.homeLegend'), ended: t('status.endedLegend'), friendly: t('status.friendlyLegend') }}
              dir={locale === 'he' ? 'rtl' : 'ltr'}
            />
          </section>
        )}

        <section aria-labelledby="partnerships-heading">
          <h2 id="partnerships-heading">{t('home.partnerships')}</h2>
          <p>{t('home.partnershipsIntro')}</p>
          <CityList cities={ordered} locale={locale} base="/partnerships" />
        </section>

        <section aria-labelledby="friendly-heading">
          <h2 id="friendly-heading">{t('home.friendlyCities')}</h2>
          <CityList cities={friendlyCities} locale={locale} base="/friendly-cities" />
        </section>

        <section aria-labelledby="commitments-heading">
          <h2 id="commitments-heading">{t('home.commitments')}</h2>
          <p>{t('home.commitmentsIntro')}</p>
          <ul className="commitments">
            {commitments.map((commitment) => (
              <li key={commitment.id} lang={commitment.fallback.includes('title') ? 'pl' : undefined}>
                {commitment.title}
              </li>
            ))}
          </ul>
          {commitments.some((commitment) => commitment.fallback.includes('title')) && <p className="fallback__notice">{notice}</p>}
        </section>

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('home.timeline')}</h2>
          <Timeline partnerships={partnerships} locale={locale} />
        </section>
      </main>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t('home.title'),
          inLanguage: locale,
          url: new URL(localizedPath(locale), process.env.SERVER_URL || 'http://localhost:3000').toString(),
        }}
      />
    </>
  )
}
