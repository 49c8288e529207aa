/**
 * Checks made on the raw request, before Payload reads it: Payload `JSON.parse`s a `where` (or
 * `data`) query parameter given as one string and answers broken JSON with a 500, and it copies
 * bodies recursively, so a deeply nested one overflows the stack (another 500).
 */

import { setPublicCacheHeaders } from '@/config/securityHeaders'

import { malformedResponse } from '@/errors'

const MAX_BODY_BYTES = 4 * 1024 * 1024
const MAX_NESTING = 64

// Payload returns 500 here: no upstream issue found (searched 2026-12). Its parse of a `where`
// string came with https://github.com/payloadcms/payload/pull/15745.
function queryProblem(request: Request): Response | null {
  const params = new URL(request.url).searchParams
  for (const name of ['where', 'data']) {
    const raw = params.get(name)
    if (raw === null || raw.length === 0) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      parsed = undefined
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return malformedResponse(
        400,
        name,
        `must be a JSON object or bracket parameters, e.g. ${name}[slug][equals]=vienne`,
      )
    }
  }
  return null
}

/** How deep brackets nest in a JSON text, ignoring those inside strings. */
function nesting(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

const tooLarge = () => malformedResponse(413, 'body', `is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`)

async function bodyProblem(request: Request): Promise<Response | null> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return null
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const text = await request.clone().text()
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLarge()
  // Payload returns 500 here: no upstream issue found (searched 2026-12).
  if (nesting(text) > MAX_NESTING) return malformedResponse(400, 'body', `nests deeper than ${MAX_NESTING} levels`)
  return null
}

type Handler<A> = (request: Request, args: A) => Promise<Response>

/**
 * Answers about whoever asks (who is signed in, what they may do, their preferences and locks) are
 * never shared: the admin asks them anonymously on its login page, and a copy of "nobody" must not
 * answer the same question once someone has signed in.
 */
const aboutTheAsker = /^\/api\/(users|access|payload-preferences|payload-locked-documents)(\/|$)/

/** Anonymous reads may be cached for a second by the proxy in front; everything else never. */
function withCacheControl(request: Request, response: Response): Response {
  if (response.headers.has('cache-control')) return response
  const personal =
    request.headers.has('authorization') ||
    /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '') ||
    aboutTheAsker.test(new URL(request.url).pathname)
  const cacheable = request.method === 'GET' && !personal && response.status === 200
  if (cacheable) setPublicCacheHeaders(response.headers)
  else response.headers.set('Cache-Control', 'private, no-store')
  return response
}

export const withRequestChecks =
  <A>(handler: Handler<A>): Handler<A> =>
  async (request, args) =>
    queryProblem(request) ?? (await bodyProblem(request)) ?? withCacheControl(request, await handler(request, args))
