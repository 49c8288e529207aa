import { unstable_cache } from 'next/cache'

import { cacheTag } from '@/cache/tags'
import { setPublicCacheHeaders } from '@/config/securityHeaders'
import { defaultLocale, localeCodes } from '@/i18n/locales'
import {
  absoluteUrl,
  accessibilityPath,
  activitiesPath,
  alternateLanguages,
  documentPath,
  listPath,
  localizedPath,
  openDataPath,
  pageCollections,
} from '@/publicPaths'
import { payloadInstance } from '@/site/data/payload'

/** The sitemap protocol's limit of URLs in one file; past it, /sitemap.xml becomes an index. */
export const SITEMAP_URL_LIMIT = 50_000

type SitemapUrl = { loc: string; lastmod?: string; alternates: Record<string, string> }

/** Every published page once (without its language), read with only the fields the sitemap needs. */
const getPages = unstable_cache(
  async (): Promise<{ path: string; updatedAt?: string }[]> => {
    const payload = await payloadInstance()
    const documents = await Promise.all(
      pageCollections.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          locale: defaultLocale,
          select: { slug: true, updatedAt: true },
          sort: 'slug',
          pagination: false,
          depth: 0,
          overrideAccess: false,
        })
        return docs.map((doc) => ({ path: documentPath(collection, doc.slug), updatedAt: doc.updatedAt }))
      }),
    )
    return [
      { path: '' },
      { path: listPath('partnerships') },
      { path: listPath('friendly-cities') },
      { path: activitiesPath() },
      { path: accessibilityPath },
      { path: openDataPath },
      ...documents.flat(),
    ]
  },
  ['sitemap'],
  { tags: pageCollections.map(cacheTag) },
)

/** Every page in every language, each with its language alternates. */
export async function sitemapUrls(): Promise<SitemapUrl[]> {
  const pages = await getPages()
  return pages.flatMap(({ path, updatedAt }) => {
    const alternates = Object.fromEntries(
      Object.entries(alternateLanguages(path)).map(([code, href]) => [code, absoluteUrl(href)]),
    )
    return localeCodes().map((locale) => ({
      loc: absoluteUrl(localizedPath(locale, path)),
      lastmod: updatedAt,
      alternates,
    }))
  })
}

/** Files of at most `limit` URLs each; one file when everything fits. */
export const sitemapChunks = <T>(urls: T[], limit = SITEMAP_URL_LIMIT): T[][] =>
  Array.from({ length: Math.max(1, Math.ceil(urls.length / limit)) }, (_, index) =>
    urls.slice(index * limit, (index + 1) * limit),
  )

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!)

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls.map(({ loc, lastmod, alternates }) =>
    [
      '<url>',
      `<loc>${escape(loc)}</loc>`,
      ...Object.entries(alternates).map(
        ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escape(lang)}" href="${escape(href)}" />`,
      ),
      ...(lastmod ? [`<lastmod>${escape(lastmod)}</lastmod>`] : []),
      '</url>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...body,
    '</urlset>',
    '',
  ].join('\n')
}

export function sitemapIndexXml(files: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((file) => `<sitemap><loc>${escape(absoluteUrl(file))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
}

export function xmlResponse(xml: string): Response {
  const headers = new Headers({ 'Content-Type': 'application/xml; charset=utf-8' })
  setPublicCacheHeaders(headers)
  return new Response(xml, { headers })
}
