import Head from 'next/head'

import { absoluteUrl, alternateLanguages, localizedPath } from '@/publicPaths'
import type { PageHeadData } from '@/site/head'

/** A readers' page's <head> (Pages Router): title, description, canonical URL, its other languages. */
export function PageHead({ head: { locale, path, title, description, type, feeds = [] } }: { head: PageHeadData }) {
  const url = absoluteUrl(localizedPath(locale, path))
  return (
    <Head>
      <title>{title}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      <meta name="description" content={description} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="canonical" href={url} />
      {Object.entries(alternateLanguages(path)).map(([language, href]) => (
        <link key={language} rel="alternate" hrefLang={language} href={absoluteUrl(href)} />
      ))}
      {feeds.map((feed) => (
        <link
          key={feed.href}
          rel="alternate"
          type="application/atom+xml"
          hrefLang={feed.hreflang}
          title={feed.title}
          href={absoluteUrl(feed.href)}
        />
      ))}
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={type} />
      <meta property="og:locale" content={locale} />
      <meta property="og:url" content={url} />
    </Head>
  )
}
