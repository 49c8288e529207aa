import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { LivePreviewListener } from '@/components/LivePreviewListener'
import { SiteFooter } from '@/components/SiteFooter'
import { isRTL } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered per request, since each carries its own CSP nonce (src/proxy.ts); their data
// comes from the tagged cache (src/utilities/content.ts), so building needs no database.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(process.env.SERVER_URL || 'http://localhost:3000'),
    title: { template: `%s · ${t('name')} · ${t('cityName')}`, default: `${t('name')} · ${t('cityName')}` },
    description: t('description'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, { isEnabled: preview }] = await Promise.all([getTranslations({ locale, namespace: 'site' }), draftMode(), headers()])
  return (
    <html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <body>
        {/* Only an editor's preview ships this client component; readers get none of ours. */}
        {preview && (
          <>
            <LivePreviewListener serverURL={process.env.SERVER_URL || ''} />
            <p className="preview-bar">
              {t('preview')} <a href={`/next/exit-preview?path=/${locale}`}>{t('exitPreview')}</a>
            </p>
          </>
        )}
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
