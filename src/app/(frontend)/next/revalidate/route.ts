import { publishExpiry } from '@/cache/expire'
import { isRevalidateToken } from '@/cache/revalidateToken'
import { errorResponse, malformedResponse } from '@/errors'
import { payloadInstance } from '@/site/data/payload'

/**
 * Expires cache tags on every instance, for writes that skipped the hooks (a bulk import passes
 * `disableRevalidate`, then calls this once).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isRevalidateToken(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null)) {
    return errorResponse(401, 'Not allowed.')
  }
  const body = await request.json().catch(() => null)
  const tags = body?.tags
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && tag.startsWith('payload:'))) {
    return malformedResponse(400, 'tags', 'must be a list of payload:<slug> tags')
  }
  await publishExpiry(await payloadInstance(), tags)
  return new Response(null, { status: 204 })
}
