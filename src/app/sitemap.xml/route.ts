import { sitemapFilePath } from '@/publicPaths'
import {
  SITEMAP_URL_LIMIT,
  sitemapChunks,
  sitemapIndexXml,
  sitemapUrls,
  urlsetXml,
  xmlResponse,
} from '@/site/data/sitemap'

// Built from the tagged data cache on request, so that `next build` needs no database.
export const dynamic = 'force-dynamic'

/** All URLs while they fit in one file; past SITEMAP_URL_LIMIT, an index of /sitemaps/N.xml. */
export async function GET() {
  const urls = await sitemapUrls()
  if (urls.length <= SITEMAP_URL_LIMIT) return xmlResponse(urlsetXml(urls))
  return xmlResponse(sitemapIndexXml(sitemapChunks(urls).map((_, index) => sitemapFilePath(index))))
}
