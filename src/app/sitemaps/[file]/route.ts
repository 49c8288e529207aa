import { notFoundResponse } from '@/site/notFoundResponse'
import { sitemapChunks, sitemapUrls, urlsetXml, xmlResponse } from '@/site/data/sitemap'

export const dynamic = 'force-dynamic'

/** `/sitemaps/N.xml`: the Nth file of a sitemap too large for one (listed by /sitemap.xml). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file)
  const chunk = match && sitemapChunks(await sitemapUrls())[Number(match[1]) - 1]
  if (!chunk) return notFoundResponse()
  return xmlResponse(urlsetXml(chunk))
}
