import { setPublicCacheHeaders } from '@/config/securityHeaders'
import { openDataFile, type OpenDataFormat } from '@/publicPaths'
import { getOpenDataFile } from '@/site/data/openData/build'
import { openDataMediaTypes } from '@/site/data/openData/formats'

/** `If-None-Match` may list several tags, or `*`; weak tags (`W/"…"`) match by their value. */
const matches = (header: string | null, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)

/**
 * One of the open-data files: the same caching rules as the pages (a shared cache may keep it for a
 * second), an ETag so a harvester re-downloads only after a change, and a file name for the CSV.
 */
export async function openDataResponse(request: Request, format: OpenDataFormat): Promise<Response> {
  const { body, etag } = await getOpenDataFile(format)
  const headers = new Headers({ ETag: etag, 'Access-Control-Allow-Origin': '*' })
  setPublicCacheHeaders(headers)
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', openDataMediaTypes[format])
  if (format === 'csv') headers.set('Content-Disposition', `attachment; filename="${openDataFile(format)}"`)
  return new Response(request.method === 'HEAD' ? null : body, { headers })
}
