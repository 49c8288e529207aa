import { useTranslations } from 'next-intl'

import { absoluteUrl, localizedPath, type OpenDataFormat, openDataFilePath, openDataPath } from '@/publicPaths'
import { JsonLd } from '@/site/components/JsonLd'
import { FieldsTable, FileLink } from '@/site/components/OpenDataFiles'
import { SiteHeader } from '@/site/components/SiteHeader'
import { openDataFields } from '@/site/data/openData/fields'
import { openDataMediaTypes } from '@/site/data/openData/formats'
import { formatDate } from '@/site/format'
import type { PageProps } from '@/site/views/page'
import { ActivitiesData } from '@/site/views/openData/ActivitiesData'
import type { OpenDataData } from '@/site/views/openData/load'

const formats: OpenDataFormat[] = ['csv', 'json', 'geojson']

export function OpenDataView({ locale, settings, data }: PageProps<OpenDataData>) {
  const t = useTranslations('openData')
  const licence = settings.openDataLicence
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
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Dataset',
          name: t('datasetName'),
          description: t('datasetDescription'),
          url: absoluteUrl(localizedPath(locale, openDataPath)),
          inLanguage: locale,
          isAccessibleForFree: true,
          ...(licence?.url ? { license: licence.url } : {}),
          ...(data.modified ? { dateModified: data.modified } : {}),
          creator: { '@type': 'GovernmentOrganization', name: settings.officeName },
          variableMeasured: [...openDataFields],
          distribution: formats.map((format) => ({
            '@type': 'DataDownload',
            encodingFormat: openDataMediaTypes[format].split(';')[0],
            contentUrl: absoluteUrl(openDataFilePath(format)),
          })),
        }}
      />
    </>
  )
}
