import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { isRTL } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { exitPreviewPath } from '@/publicPaths'
import { SiteFooter } from '@/site/components/SiteFooter'

/**
 * The public site's document, shared by the readers' layout and the editors' preview layout, which
 * adds the live-preview listener (`before`): only the preview routes import that client component,
 * so readers' pages ship none of ours.
 */
export async function SiteDocument({
  locale,
  children,
  before,
}: {
  locale: string
  children: ReactNode
  before?: ReactNode
}) {
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // headers(): pages are rendered per request, each with its CSP nonce (src/proxy.ts).
  const [t, { isEnabled: preview }] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    draftMode(),
    headers(),
  ])
  return (
    <html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <body>
        {preview && (
          <>
            {before}
            <p className="preview-bar">
              {t('preview')} <a href={exitPreviewPath(locale)}>{t('exitPreview')}</a>
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
