import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyChecks } from '@/plugins/hardening/bodyChecks'
import { withRequestChecks } from '@/plugins/hardening/requestChecks'

// The REST route's checks: GraphQL's handler lets a body it cannot parse throw, a 500.
export const POST = withRequestChecks(withBodyChecks(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
