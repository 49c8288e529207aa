import type { MetadataRoute } from 'next'

import { absoluteUrl, sitemapPath } from '@/publicPaths'

// SERVER_URL is read when served, not when built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next'] }],
    sitemap: absoluteUrl(sitemapPath),
  }
}
