import { getLocale, getTranslations } from 'next-intl/server'

import { NotFound } from '@/site/components/NotFound'
import { SiteFooter } from '@/site/components/SiteFooter'
import { isRTL } from '@/i18n/locales'
import { getSiteSettings } from '@/site/data/globals'

import '@/site/styles/site.css'

export async function generateMetadata() {
  const t = await getTranslations({ locale: await getLocale() })
  return { title: `${t('notFound.title')} · ${t('site.name')}` }
}

/** Unmatched URLs: a whole document, server-rendered in the language of the path (set by the proxy). */
export default async function GlobalNotFound() {
  const locale = await getLocale()
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'site' }), getSiteSettings(locale)])
  return (
    <html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NotFound locale={locale} />
        <SiteFooter locale={locale} settings={settings} />
      </body>
    </html>
  )
}
