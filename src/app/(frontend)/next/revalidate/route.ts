import { revalidateTag } from 'next/cache'

import { isRevalidateToken } from '@/cache/revalidateToken'
import { errorResponse, malformedResponse } from '@/errors'

/**
 * Expires cache tags for changes made outside a request: scheduled publications run in the job
 * queue, where Next has no request to attach `revalidateTag` to, so the hook calls this route.
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
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
