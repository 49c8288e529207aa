import { useTranslations } from 'next-intl'

import { activitiesPath, documentPath, localizedPath } from '@/publicPaths'
import { ActivityDates } from '@/site/components/ActivityList'
import { Fallback } from '@/site/components/Fallback'
import { JsonLd } from '@/site/components/JsonLd'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import { isSafeHref } from '@/site/safeHref'
import { eventJsonLd } from '@/site/views/activity/jsonLd'
import type { ActivityData } from '@/site/views/activity/load'
import type { PageProps } from '@/site/views/page'

export function ActivityView({ locale, path, item, activity, images }: PageProps<ActivityData>) {
  const t = useTranslations()
  const notice = t('fallback.notice')
  const fellBack = (field: string) => activity.fallback.includes(field)
  const sources = (activity.sources ?? []).filter((source) => isSafeHref(source.url))
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main" className="container activity">
        <nav aria-label={t('site.mainNavigation')} className="breadcrumbs">
          <a href={localizedPath(locale)}>{t('site.home')}</a>
          {' / '}
          <a href={localizedPath(locale, activitiesPath())}>{t('activity.title')}</a>
        </nav>
        <p className="city__kind">{t(`activity.kinds.${item.kind}`)}</p>
        <h1 lang={item.lang}>{item.title}</h1>
        {item.lang && <p className="fallback__notice">{notice}</p>}

        <dl className="facts">
          <dt>{t('activity.date')}</dt>
          <dd>
            <ActivityDates item={item} locale={locale} />
          </dd>
          {activity.place && (
            <>
              <dt>{t('activity.place')}</dt>
              <dd lang={fellBack('place') ? 'pl' : undefined}>{activity.place}</dd>
            </>
          )}
          <dt>{t('activity.cities')}</dt>
          <dd>
            <ul className="inline-list">
              {item.cities.map((city) => (
                <li key={`${city.collection}:${city.id}`}>
                  <a href={localizedPath(locale, documentPath(city.collection, city.slug))} lang={city.lang}>
                    {city.name}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
          {item.areas.length > 0 && (
            <>
              <dt>{t('activity.areas')}</dt>
              <dd>
                <ul className="inline-list">
                  {item.areas.map((area) => (
                    <li key={area.id}>
                      <a href={localizedPath(locale, activitiesPath({ area: area.id }))} lang={area.lang}>
                        {area.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>

        {activity.summary && (
          <Fallback active={fellBack('summary')} notice={notice}>
            <p className="city__summary">{activity.summary}</p>
          </Fallback>
        )}
        {activity.content && (
          <Fallback active={fellBack('content')} notice={notice}>
            <RichText data={activity.content} />
          </Fallback>
        )}

        {images.map((image) => (
          <figure key={image.id} className="activity__image">
            {/* Payload stores the sizes; next/image would add its optimizer route and a client script. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.url!} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} />
            {image.credit && <figcaption>{image.credit}</figcaption>}
          </figure>
        ))}

        {sources.length > 0 && (
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t('activity.sources')}</h2>
            <ul>
              {sources.map((source) => (
                <li key={source.id ?? source.url}>
                  <a href={source.url}>{source.title || source.url}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
      <JsonLd data={eventJsonLd(item, activity, images, locale)} />
    </>
  )
}
