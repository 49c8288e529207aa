import type { MetadataRoute } from 'next'

// SERVER_URL is read when served, not when built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const base = process.env.SERVER_URL || 'http://localhost:3000'
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next'] }],
    sitemap: new URL('/sitemap.xml', base).toString(),
  }
}
