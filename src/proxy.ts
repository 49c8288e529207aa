import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'
import { contentSecurityPolicy, setPublicCacheHeaders } from '@/config/securityHeaders'

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
 * Every page, public or admin, gets a Content-Security-Policy with a fresh nonce: Next reads it
 * from the request and puts it on its own inline scripts; the layout reads `x-nonce`.
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
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const admin = request.nextUrl.pathname.startsWith('/admin')
  const policy = contentSecurityPolicy({ nonce, framable: !admin })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  headers.set('x-nonce', nonce)
  const forwarded = new NextRequest(request, { headers })
  const { pathname } = request.nextUrl
  // The preview pages are for draft mode; anyone else is sent to the published page.
  if (pathname.startsWith('/preview/') && !request.cookies.has('__prerender_bypass')) {
    return NextResponse.redirect(new URL(pathname.slice('/preview'.length), request.url))
  }
  const unlocalized = admin || pathname.startsWith('/next/') || pathname.startsWith('/preview/')
  const response = unlocalized ? NextResponse.next({ request: { headers } }) : localize(forwarded)
  response.headers.set('Content-Security-Policy', policy)
  if (personal(request, admin)) response.headers.set('Cache-Control', 'private, no-store')
  else setPublicCacheHeaders(response.headers)
  return response
}

const PAGE = /^\/(?!api|_next|_vercel|.*\..*)/

export const config = {
  // Pages only: not the API, Next's assets or files with an extension (sitemap.xml, robots.txt);
  // and any path with a percent sign, to refuse those Next cannot decode.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(.*%.*)'],
}
