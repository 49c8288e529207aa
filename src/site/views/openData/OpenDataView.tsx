import { useTranslations } from 'next-intl'

import { absoluteUrl, localizedPath, type OpenDataFormat, openDataFilePath, openDataPath } from '@/publicPaths'
import { JsonLd } from '@/site/components/JsonLd'
import { FieldsTable, FileLink } from '@/site/components/OpenDataFiles'
import { SiteHeader } from '@/site/components/SiteHeader'
import { activitiesDataFilePath } from '@/site/data/activityPaths'
import { activitiesFormats, activityFields } from '@/site/data/openData/activityFields'
import { openDataFields } from '@/site/data/openData/fields'
import { openDataMediaTypes } from '@/site/data/openData/formats'
import { formatDate } from '@/site/format'
import type { PageProps } from '@/site/views/page'
import { ActivitiesData } from '@/site/views/openData/ActivitiesData'
import { datasetJsonLd } from '@/site/views/openData/datasetJsonLd'
import type { OpenDataData } from '@/site/views/openData/load'

const formats: OpenDataFormat[] = ['csv', 'json', 'geojson']

export function OpenDataView({ locale, settings, data }: PageProps<OpenDataData>) {
  const t = useTranslations('openData')
  const tActivities = useTranslations('activitiesData')
  const licence = settings.openDataLicence
  const common = {
    url: absoluteUrl(localizedPath(locale, openDataPath)),
    locale,
    licence: licence?.url,
    publisher: settings.officeName,
  }
  const cities = {
    name: t('datasetName'),
    description: t('datasetDescription'),
    modified: data.modified,
    fields: openDataFields,
    files: formats.map((format) => ({ path: openDataFilePath(format), mediaType: openDataMediaTypes[format] })),
  }
  const activities = {
    name: tActivities('heading'),
    description: tActivities('intro'),
    modified: data.activities.modified,
    fields: activityFields,
    files: activitiesFormats.map((format) => ({
      path: activitiesDataFilePath(format),
      mediaType: openDataMediaTypes[format],
    })),
  }
  return (
    <>
      <SiteHeader locale={locale} path={openDataPath} />
      <main id="main" className="container article">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <dl className="facts">
          <dt>{t('datasetName')}</dt>
          <dd>{t('count', { count: data.count })}</dd>
          {data.modified && (
            <>
              <dt>{t('modified')}</dt>
              <dd>
                <time dateTime={data.modified}>{formatDate(data.modified, locale)}</time>
              </dd>
            </>
          )}
        </dl>

        <h2>{t('download')}</h2>
        <ul className="downloads">
          {formats.map((format) => (
            <FileLink key={format} href={openDataFilePath(format)} type={openDataMediaTypes[format]}>
              {t(format)}
            </FileLink>
          ))}
        </ul>

        <h2 id="fields-heading">{t('fieldsHeading')}</h2>
        <FieldsTable
          labelledBy="fields-heading"
          fields={openDataFields}
          meaning={(field) => t(`fields.${field}` as never)}
          head={
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('meaning')}</th>
              </tr>
            </thead>
          }
        />

        <ActivitiesData locale={locale} count={data.activities.count} />

        {licence?.url && (
          <>
            <h2>{t('licence')}</h2>
            <p>
              {t('licenceText')}{' '}
              <a
                href={licence.url}
                rel="license"
                lang={settings.fallback.includes('openDataLicence') ? 'pl' : undefined}
              >
                {licence.name || licence.url}
              </a>
            </p>
            {settings.officeName && <p>{t('attribution', { office: settings.officeName })}</p>}
          </>
        )}
      </main>
      <JsonLd data={datasetJsonLd({ ...common, ...cities })} />
      <JsonLd data={datasetJsonLd({ ...common, ...activities })} />
    </>
  )
}
