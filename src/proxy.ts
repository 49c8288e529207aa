import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

/** `/` and unprefixed paths go to the reader's language (Accept-Language), Polish by default. */
export default createMiddleware(routing)

export const config = {
  // Not the admin, the API, Next's assets or files with an extension (sitemap.xml, robots.txt).
  matcher: ['/((?!admin|api|next|_next|_vercel|.*\\..*).*)'],
}
