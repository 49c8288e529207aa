import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withBodyChecks } from '@/plugins/hardening/bodyChecks'
import { withRequestChecks } from '@/plugins/hardening/requestChecks'

export const GET = withRequestChecks(REST_GET(config))
export const POST = withRequestChecks(withBodyChecks(REST_POST(config)))
export const DELETE = withRequestChecks(REST_DELETE(config))
export const PATCH = withRequestChecks(withBodyChecks(REST_PATCH(config)))
export const PUT = withRequestChecks(withBodyChecks(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
