import { getTranslations } from 'next-intl/server'

import { SiteHeader } from '@/site/components/SiteHeader'
import { localizedPath } from '@/publicPaths'

/** The header and main content of a 404, in the reader's language. */
export async function NotFound({ locale }: { locale: string }) {
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
