type Env = Record<string, string | undefined>

// SERVER_URL is read here, not through publicPaths: next.config.ts loads this file, and its loader
// turns `@/` imports into paths that resolve only from the project root, not from src/config.
const https = (env: Env) => (env.SERVER_URL ?? '').startsWith('https://')

/**
 * The Content-Security-Policy of one response. The readers' pages have no script at all (no
 * `nonce`): `script-src 'none'`. The admin and the preview need Next's inline scripts (the React
 * payload), so there scripts run only with this response's nonce ('strict-dynamic' lets them load
 * the chunks). Payload's admin styles elements inline, hence 'unsafe-inline' for styles only. The
 * admin cannot be framed; public pages only by the site itself (the admin's live preview).
 */
export function contentSecurityPolicy({
  nonce,
  framable,
  env = process.env,
}: {
  nonce?: string
  framable: boolean
  env?: Env
}): string {
  const development = env.NODE_ENV !== 'production'
  return [
    "default-src 'self'",
    // Development only: React's dev build evaluates code and Next's dev server talks over a socket.
    nonce === undefined
      ? "script-src 'none'"
      : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    `frame-ancestors ${framable ? "'self'" : "'none'"}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https(env) ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** Headers every response gets (next.config.ts). */
export function staticSecurityHeaders(env: Env = process.env): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    ...(https(env) ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

/**
 * A shared cache (our nginx front, a CDN) may keep a public response one second (how stale a page
 * may be after a publish). Browsers hold no fresh copy (`max-age=0`): a reader who reloads or comes
 * back after a publish asks again instead of getting their own second-old copy, and nginx answers
 * from its cache anyway. No `stale-while-revalidate`: browsers honour it too, and would show a
 * page (or tell the admin nobody is signed in) from a copy up to that old; nginx serves its copy
 * while one request refreshes it by its own configuration (`proxy_cache_use_stale updating`).
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1'

/**
 * nginx keeps cache times in whole seconds, so `s-maxage=1` lets it serve a page for up to two
 * seconds after a publish. `X-Accel-Expires: @<this second>` (read by nginx, never passed on to
 * browsers) ends the entry with the current second instead: a publish shows within about a second.
 */
export function setPublicCacheHeaders(headers: Headers): void {
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.set('X-Accel-Expires', `@${Math.floor(Date.now() / 1000)}`)
}
