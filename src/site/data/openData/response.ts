import { setPublicCacheHeaders } from '@/config/securityHeaders'
import { openDataFile, type OpenDataFormat } from '@/publicPaths'
import { getOpenDataFile, type OpenDataFileBody } from '@/site/data/openData/build'
import { openDataMediaTypes } from '@/site/data/openData/formats'

/** `If-None-Match` may list several tags, or `*`; weak tags (`W/"…"`) match by their value. */
const matches = (header: string | null, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)

/**
 * One open-data file: the same caching rules as the pages (a shared cache may keep it for a
 * second), an ETag so a harvester re-downloads only after a change, any origin may read it, and a
 * file name for a download (the CSV).
 */
export function fileResponse(
  request: Request,
  { body, etag }: OpenDataFileBody,
  { mediaType, download }: { mediaType: string; download?: string },
): Response {
  const headers = new Headers({ ETag: etag, 'Access-Control-Allow-Origin': '*' })
  setPublicCacheHeaders(headers)
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', mediaType)
  if (download) headers.set('Content-Disposition', `attachment; filename="${download}"`)
  return new Response(request.method === 'HEAD' ? null : body, { headers })
}

/** One of the twin cities' files. */
export async function openDataResponse(request: Request, format: OpenDataFormat): Promise<Response> {
  return fileResponse(request, await getOpenDataFile(format), {
    mediaType: openDataMediaTypes[format],
    download: format === 'csv' ? openDataFile(format) : undefined,
  })
}
