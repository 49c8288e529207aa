import type { ReactNode } from 'react'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { isRTL } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { configuredServerUrl } from '@/publicPaths'
import { LivePreviewListener } from '@/site/components/LivePreviewListener'
import { SiteBody } from '@/site/components/SiteBody'
import { readPage } from '@/site/data/cached'
import { getSiteSettings } from '@/site/data/globals'

import '@/site/styles/site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Editors' preview of the content pages (`/preview/{locale}/…`, entered through /next/preview in
 * draft mode): the readers' views of the latest drafts, plus the listener that re-renders them on
 * every save in the admin. Unlike the readers' pages, these run React in the browser.
 */
export default async function PreviewLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const { data: settings } = await readPage(true, () => getSiteSettings(locale))
  return (
    <html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <body>
        <SiteBody
          locale={locale}
          settings={settings}
          preview={<LivePreviewListener serverURL={configuredServerUrl()} />}
        >
          {children}
        </SiteBody>
      </body>
    </html>
  )
}
