import { useTranslations } from 'next-intl'

import { activitiesDataFilePath, activitiesFeedPath } from '@/site/data/activityPaths'
import { activitiesFormats, activityFields } from '@/site/data/openData/activityFields'
import { openDataMediaTypes } from '@/site/data/openData/formats'

/** The open-data page's part on the activities' files (issue 16): what they hold, links, each field. */
export function ActivitiesData({ locale, count }: { locale: string; count: number }) {
  const t = useTranslations('activitiesData')
  return (
    <section aria-labelledby="activities-data-heading">
      <h2 id="activities-data-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <p>{t('count', { count })}</p>
      <ul className="downloads">
        {activitiesFormats.map((format) => (
          <li key={format}>
            <a
              href={activitiesDataFilePath(format)}
              type={openDataMediaTypes[format].split(';')[0]}
              download={format === 'csv' ? true : undefined}
            >
              {t(format)}
            </a>{' '}
            <code dir="ltr">{activitiesDataFilePath(format)}</code>
          </li>
        ))}
        <li>
          <a href={activitiesFeedPath(locale)} type="application/atom+xml">
            {t('feed')}
          </a>{' '}
          <code dir="ltr">{activitiesFeedPath(locale)}</code>
        </li>
      </ul>
      {/* Focusable so that a keyboard can scroll the table on a narrow screen. */}
      <div className="table-scroll" role="region" aria-labelledby="activities-data-heading" tabIndex={0}>
        <table className="fields" aria-labelledby="activities-data-heading">
          <tbody>
            {activityFields.map((field) => (
              <tr key={field}>
                <th scope="row">
                  <code dir="ltr">{field}</code>
                </th>
                <td>{t(`fields.${field}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
