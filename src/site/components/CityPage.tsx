import { getTranslations } from 'next-intl/server'

import { Fallback } from '@/site/components/Fallback'
import { JsonLd } from '@/site/components/JsonLd'
import { PartnerMap } from '@/site/components/PartnerMap'
import { RichText } from '@/site/components/RichText'
import { isRTL } from '@/i18n/locales'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { FriendlyCity, Media, Partnership } from '@/payload-types'
import { documentPath, localizedPath } from '@/publicPaths'
import { getSiteSettings } from '@/site/data/globals'
import type { Localized } from '@/site/data/localized'
import { isSafeHref } from '@/site/safeHref'
import { countryName, formatDate } from '@/site/format'

type Props = {
  locale: string
  path: string
  city: Localized<FriendlyCity> | Localized<Partnership>
  neighbours?: { previous?: Localized<Partnership>; next?: Localized<Partnership> }
}

const isPartnership = (city: Props['city']): city is Localized<Partnership> => 'agreementDate' in city

export async function CityPage({ locale, path, city, neighbours }: Props) {
  const [t, settings] = await Promise.all([getTranslations({ locale }), getSiteSettings(locale)])
  const notice = t('fallback.notice')
  const fellBack = (field: string) => city.fallback.includes(field)
  const partnership = isPartnership(city) ? city : undefined
  const friendly = isPartnership(city) ? undefined : city
  const hero = typeof city.heroImage === 'object' ? (city.heroImage as Media | null) : null
  const home = settings.homeCity

  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main" className="container city">
        <nav aria-label={t('site.mainNavigation')} className="breadcrumbs">
          <a href={localizedPath(locale)}>{t('site.home')}</a>
        </nav>
        <p className="city__kind">{partnership ? t('city.partnerCity') : t('city.friendlyCity')}</p>
        <h1 lang={fellBack('name') ? 'pl' : undefined}>{city.name}</h1>

        <dl className="facts">
          <dt>{t('city.country')}</dt>
          <dd>{countryName(city.country, locale)}</dd>
          {partnership && (
            <>
              <dt>{t('city.agreementDate')}</dt>
              <dd>
                <time dateTime={partnership.agreementDate.slice(0, 10)}>
                  {formatDate(partnership.agreementDate, locale)}
                </time>
              </dd>
              <dt>{t('city.status')}</dt>
              <dd>{t(`status.${partnership.status}`)}</dd>
            </>
          )}
          {friendly && (
            <>
              <dt>{t('city.relationType')}</dt>
              <dd>{t(`relation.${friendly.relationType}`)}</dd>
              {friendly.documentDate && (
                <>
                  <dt>{t('city.documentDate')}</dt>
                  <dd>
                    <time dateTime={friendly.documentDate.slice(0, 10)}>
                      {formatDate(friendly.documentDate, locale, friendly.datePrecision ?? 'day')}
                    </time>
                  </dd>
                </>
              )}
            </>
          )}
          {isSafeHref(city.website) && (
            <>
              <dt>{t('city.website')}</dt>
              <dd>
                <a href={city.website} rel="noopener">
                  {new URL(city.website).hostname}
                </a>
              </dd>
            </>
          )}
        </dl>

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
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('city.statusHistory')}</h2>
            <ol className="status-history">
              {partnership.statusHistory.map((entry) => (
                <li key={entry.id}>
                  <p className="status-history__status">
                    <strong>{t(`status.${entry.status}`)}</strong>
                    {entry.decidedOn && (
                      <>
                        {' · '}
                        {t('city.decidedOn')}:{' '}
                        <time dateTime={entry.decidedOn.slice(0, 10)}>
                          {formatDate(entry.decidedOn, locale, entry.datePrecision ?? 'day')}
                        </time>
                      </>
                    )}
                  </p>
                  {entry.decidedBy && (
                    <p>
                      {t('city.decidedBy')}: <span lang="pl">{entry.decidedBy}</span>
                    </p>
                  )}
                  {entry.legalAct && (
                    <p>
                      {t('city.legalAct')}: <span lang="pl">{entry.legalAct}</span>
                    </p>
                  )}
                  {entry.note && <p lang={'noteLang' in entry ? String(entry.noteLang) : undefined}>{entry.note}</p>}
                  {isSafeHref(entry.sourceUrl) && (
                    <p>
                      {t('city.source')}:{' '}
                      <a href={entry.sourceUrl} rel="noopener">
                        {new URL(entry.sourceUrl).hostname}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}

        {home?.latitude != null && home.longitude != null && (
          <section aria-labelledby="map-heading" className="city__map">
            <h2 id="map-heading">{t('city.mapTitle', { name: city.name })}</h2>
            <PartnerMap
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
              home={{ name: home.name ?? t('site.cityName'), latitude: home.latitude, longitude: home.longitude }}
              title={t('city.mapTitle', { name: city.name })}
              description={`${city.name}, ${countryName(city.country, locale)}`}
              labels={{
                home: t('status.homeLegend'),
                ended: t('status.endedLegend'),
                friendly: t('status.friendlyLegend'),
              }}
              dir={isRTL(locale) ? 'rtl' : 'ltr'}
              width={480}
              height={320}
            />
          </section>
        )}

        {neighbours && (neighbours.previous || neighbours.next) && (
          <nav aria-labelledby="neighbours-heading" className="neighbours">
            <h2 id="neighbours-heading">{t('city.neighbours')}</h2>
            <ul>
              {neighbours.previous && (
                <li>
                  <a href={localizedPath(locale, documentPath('partnerships', neighbours.previous.slug))} rel="prev">
                    {t('city.previous', { name: neighbours.previous.name })}
                  </a>
                </li>
              )}
              {neighbours.next && (
                <li>
                  <a href={localizedPath(locale, documentPath('partnerships', neighbours.next.slug))} rel="next">
                    {t('city.next', { name: neighbours.next.name })}
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
      </main>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'City',
          name: city.name,
          inLanguage: locale,
          geo: { '@type': 'GeoCoordinates', latitude: city.location.latitude, longitude: city.location.longitude },
          containedInPlace: { '@type': 'Country', name: countryName(city.country, locale), identifier: city.country },
          ...(city.wikidataId || city.website
            ? {
                sameAs: [city.wikidataId && `https://www.wikidata.org/wiki/${city.wikidataId}`, city.website].filter(
                  Boolean,
                ),
              }
            : {}),
        }}
      />
    </>
  )
}
