import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { activityRewrites } from './src/config/activityRewrites'
import { listRewrites } from './src/config/listRewrites'
import { staticSecurityHeaders } from './src/config/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // One copy of Payload for the whole server. Bundled, the instrumentation hook (which starts Payload
  // and its job queue) and the routes each get their own, and the routes' error formatting no longer
  // recognises the instance's ValidationError: the admin showed a refused save's toast but no
  // message at the fields. (withPayload externalizes it in development only.)
  serverExternalPackages: ['payload'],
  // Readers' pages and cached data live in each instance's memory, expired across instances through
  // the database (src/cache/handler.mjs). Next's own memory layer in front would answer first.
  cacheHandler: path.resolve('src/cache/handler.mjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    // One server-rendered 404 document for unmatched paths (src/app/global-not-found.tsx).
    globalNotFound: true,
  },
  // `npm test` type-checks the whole project first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The CSP, which needs a nonce per response, is set in src/proxy.ts.
  rewrites: async () => ({ beforeFiles: [...listRewrites, ...activityRewrites], afterFiles: [], fallback: [] }),
  headers: async () => [{ source: '/:path*', headers: staticSecurityHeaders() }],
}

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
