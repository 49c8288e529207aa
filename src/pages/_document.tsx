import { type DocumentProps, Head, Html, Main, NextScript } from 'next/document'

import { defaultLocale, isRTL } from '@/i18n/locales'

/** The document's language and direction are the page's (from its props; Polish for Next's own pages). */
export default function ReadersDocument({ __NEXT_DATA__ }: DocumentProps) {
  const locale: string = __NEXT_DATA__.props?.pageProps?.locale ?? defaultLocale
  return (
    <Html lang={locale} dir={isRTL(locale) ? 'rtl' : 'ltr'}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
