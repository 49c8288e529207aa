import { localeCodes } from '@/i18n/locales'
import { setPublicCacheHeaders } from '@/config/securityHeaders'
import { activitiesFeedXml } from '@/site/data/activitiesFeed'

// Built from the tagged data cache on request, so that `next build` needs no database.
export const dynamic = 'force-dynamic'

/** `/{locale}/activities/feed.xml`: the Atom feed of published activities in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  // The proxy leaves paths with a file extension alone, so the language is checked here.
  if (!localeCodes().includes(locale)) return new Response('Not found', { status: 404 })
  const headers = new Headers({ 'Content-Type': 'application/atom+xml; charset=utf-8' })
  setPublicCacheHeaders(headers)
  return new Response(await activitiesFeedXml(locale), { headers })
}
