import { getLocale, getTranslations } from 'next-intl/server'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { isRTL } from '@/i18n/locales'
import { localizedPath } from '@/utilities/pageMetadata'

import './(frontend)/styles.css'

export async function generateMetadata() {
  const t = await getTranslations({ locale: await getLocale() })
  return { title: `${t('notFound.title')} · ${t('site.name')}` }
}

/** Unmatched URLs: a whole document, server-rendered in the language of the path (set by the proxy). */
export default async function GlobalNotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale })
  return (
    <html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <body>
        <a className="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <SiteHeader locale={locale} path="" />
        <main id="main" className="container">
          <h1>{t('notFound.title')}</h1>
          <p>{t('notFound.body')}</p>
          <p>
            <a href={localizedPath(locale)}>{t('notFound.back')}</a>
          </p>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
