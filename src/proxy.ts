import { NextRequest, NextResponse } from 'next/server'
import { hasLocale } from 'next-intl'
import createMiddleware from 'next-intl/middleware'

import { contentSecurityPolicy, setPublicCacheHeaders } from '@/config/securityHeaders'
import { routing } from '@/i18n/routing'
import { listPath, localizedPath } from '@/publicPaths'
import { parseListQuery } from '@/site/listQuery'

/** `/` and unprefixed paths go to the reader's language (Accept-Language), Polish by default. */
const localize = createMiddleware(routing)

/**
 * Public pages may be kept by a shared cache for one second (the caching proxy in front, see
 * deploy/nginx.conf), which bounds how stale a page can be after a publish. Signed-in users and
 * previews (draft mode) are never cached anywhere.
 */
function personal(request: NextRequest, admin: boolean): boolean {
  // `/` redirects by Accept-Language: not worth a cache variant per language.
  return (
    admin ||
    request.cookies.has('payload-token') ||
    request.cookies.has('__prerender_bypass') ||
    request.nextUrl.pathname === '/'
  )
}

/**
 * Next answers a path it cannot percent-decode (`/pl/partnerships/%E0%A4%A`) with a 500 in
 * production (vercel/next.js#92527, fix pending in PR #92557): a 400 here, before it routes.
 */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * The readers' pages are cached by path and ship no JavaScript, so their policy is fixed and
 * allows no script at all. The admin and the editors' preview run React: their policy carries a
 * fresh nonce, which Next reads from the request and puts on its own inline scripts.
 */
export default function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse('The path is not valid percent-encoding.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  // Matched only for its percent sign (the API, an asset, a file): nothing else to do here.
  if (!PAGE.test(request.nextUrl.pathname)) return NextResponse.next()
  const { pathname } = request.nextUrl
  const admin = pathname.startsWith('/admin')
  // The preview pages are for draft mode; anyone else is sent to the published page.
  if (pathname.startsWith('/preview/') && !request.cookies.has('__prerender_bypass')) {
    return NextResponse.redirect(new URL(pathname.slice('/preview'.length), request.url))
  }
  const scripted = admin || pathname.startsWith('/next/') || pathname.startsWith('/preview/')
  const nonce = scripted ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined
  const policy = contentSecurityPolicy({ nonce, framable: !admin })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  if (nonce) headers.set('x-nonce', nonce)
  const response = scripted
    ? NextResponse.next({ request: { headers } })
    : INTERNAL.test(pathname)
      ? // The internal list route (next.config's rewrites) has one public address: its query.
        NextResponse.redirect(publicList(request), 308)
      : localize(new NextRequest(request, { headers }))
  response.headers.set('Content-Security-Policy', policy)
  if (personal(request, admin)) response.headers.set('Cache-Control', 'private, no-store')
  else setPublicCacheHeaders(response.headers)
  return response
}

/** `/pl/list/partnerships/DE-2` → `/pl/partnerships?page=2&country=DE` (the list itself if not a page). */
function publicList(request: NextRequest): URL {
  const [, locale, , kind, segment = ''] = request.nextUrl.pathname.split('/')
  const query = parseListQuery(segment)
  const path =
    (kind === 'partnerships' || kind === 'friendly-cities') && hasLocale(routing.locales, locale)
      ? localizedPath(locale, listPath(kind, query ?? {}))
      : localizedPath(routing.defaultLocale)
  return new URL(path, request.url)
}

const INTERNAL = /^\/[^/]+\/list\//
const PAGE = /^\/(?!api|_next|_vercel|.*\..*)/

export const config = {
  // Pages only: not the API, Next's assets or files with an extension (sitemap.xml, robots.txt);
  // and any path with a percent sign, to refuse those Next cannot decode.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(.*%.*)'],
}
