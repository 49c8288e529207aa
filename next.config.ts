import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { staticSecurityHeaders } from './src/config/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // One copy of Payload for the whole server. Bundled, the instrumentation hook (which starts Payload
  // and its job queue) and the routes each get their own, and the routes' error formatting no longer
  // recognises the instance's ValidationError: the admin showed a refused save's toast but no
  // message at the fields. (withPayload externalizes it in development only.)
  serverExternalPackages: ['payload'],
  experimental: {
    // One server-rendered 404 document for unmatched paths (src/app/global-not-found.tsx).
    globalNotFound: true,
    // The data cache lives in memory only, as long as the process and its database connection: on
    // disk it outlived the database it was filled from (a restore, another DATABASE_URI), and a
    // restarted server served the previous database's content until the next publish.
    isrFlushToDisk: false,
  },
  // `npm test` type-checks the whole project first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The CSP, which needs a nonce per response, is set in src/proxy.ts.
  headers: async () => [{ source: '/:path*', headers: staticSecurityHeaders() }],
}

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
