import { getLocale, getTranslations } from 'next-intl/server'

import { SiteHeader } from '@/components/SiteHeader'
import { localizedPath } from '@/utilities/pageMetadata'

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <>
      <SiteHeader locale={locale} path="" />
      <main id="main" className="container">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a href={localizedPath(locale)}>{t('back')}</a>
        </p>
      </main>
    </>
  )
}
