import type { MetadataRoute } from 'next'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import { getFriendlyCities, getHistoryArticles, getPartnerships } from '@/utilities/content'
import { alternateLanguages } from '@/utilities/pageMetadata'

// Built on request (from cached queries), so that `next build` needs no database.
export const dynamic = 'force-dynamic'

const base = () => process.env.SERVER_URL || 'http://localhost:3000'

/** Every published page in every language, each with its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [partnerships, friendlyCities, articles] = await Promise.all([
    getPartnerships(defaultLocale),
    getFriendlyCities(defaultLocale),
    getHistoryArticles(defaultLocale),
  ])
  const pages: { path: string; updatedAt?: string }[] = [
    { path: '' },
    { path: '/accessibility' },
    { path: '/open-data' },
    ...partnerships.map((doc) => ({ path: `/partnerships/${doc.slug}`, updatedAt: doc.updatedAt })),
    ...friendlyCities.map((doc) => ({ path: `/friendly-cities/${doc.slug}`, updatedAt: doc.updatedAt })),
    ...articles.map((doc) => ({ path: `/history/${doc.slug}`, updatedAt: doc.updatedAt })),
  ]
  const absolute = (path: string) => new URL(path, base()).toString()
  return pages.flatMap(({ path, updatedAt }) =>
    localeCodes().map((locale) => ({
      url: absolute(`/${locale}${path}`),
      lastModified: updatedAt,
      alternates: {
        languages: Object.fromEntries(Object.entries(alternateLanguages(path)).map(([code, href]) => [code, absolute(href)])),
      },
    })),
  )
}
