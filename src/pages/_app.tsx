import type { AppProps } from 'next/app'
import { NextIntlClientProvider } from 'next-intl'

import { defaultLocale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

import '@/site/styles/site.css'

/**
 * The readers' pages (this Pages Router) render on the server only and ship no JavaScript: each
 * says so in its `config`. The admin and the editors' preview are the App Router's (src/app).
 */
export default function ReadersApp({ Component, pageProps }: AppProps<{ locale?: string }>) {
  const locale = pageProps.locale ?? defaultLocale
  return (
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Europe/Warsaw">
      <Component {...pageProps} />
    </NextIntlClientProvider>
  )
}
