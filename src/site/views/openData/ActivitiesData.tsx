import { useTranslations } from 'next-intl'

import { activitiesDataFilePath, activitiesFeedPath } from '@/site/data/activityPaths'
import { activitiesFormats, activityFields } from '@/site/data/openData/activityFields'
import { openDataMediaTypes } from '@/site/data/openData/formats'
import { FieldsTable, FileLink } from '@/site/components/OpenDataFiles'

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
          <FileLink key={format} href={activitiesDataFilePath(format)} type={openDataMediaTypes[format]}>
            {t(format)}
          </FileLink>
        ))}
        <li>
          <a href={activitiesFeedPath(locale)} type="application/atom+xml">
            {t('feed')}
          </a>{' '}
          <code dir="ltr">{activitiesFeedPath(locale)}</code>
        </li>
      </ul>
      <FieldsTable
        labelledBy="activities-data-heading"
        fields={activityFields}
        meaning={(field) => t(`fields.${field}` as never)}
      />
    </section>
  )
}
