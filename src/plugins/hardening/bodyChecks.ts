import { malformedResponse } from '@/errors'

import { isObject } from './values'

/**
 * Bodies Payload reads itself before any hook runs, and answers with a 500 when it cannot: JSON
 * that does not parse (GraphQL's route catches nothing, a method-override POST reads it
 * unguarded), multipart without a boundary or with a `_payload` that is not JSON, JSON that is no
 * object, and writes with no body or one in a type it does not read, which then run without data.
 * No upstream issue found (searched 2026-12). Each becomes a 400 naming the body.
 */

// Endpoints whose body is optional: without one they do what they are asked (a duplicate, a restore).
const BODY_OPTIONAL = /\/(logout|refresh-token|duplicate|verify\/[^/]+|versions\/[^/]+|access(\/[^/]*)?)$/

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

const bad = (reason: string, field = 'body') => malformedResponse(400, field, reason)

const isOverride = (request: Request) =>
  request.method === 'POST' &&
  [request.headers.get('X-Payload-HTTP-Method-Override'), request.headers.get('X-HTTP-Method-Override')].includes('GET')

function jsonProblem(text: string): Response | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return bad(`is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`)
  }
  return isObject(parsed) ? null : bad('must be a JSON object')
}

async function multipartProblem(request: Request): Promise<Response | null> {
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return bad('is not multipart/form-data with a boundary', 'Content-Type')
  }
  const payload = form.get('_payload')
  if (payload === null) return null
  return typeof payload === 'string' ? jsonProblem(payload) : bad('must be JSON text', '_payload')
}

export async function bodyProblem(request: Request): Promise<Response | null> {
  if (!WRITES.has(request.method)) return null
  const [type, ...parameters] = (request.headers.get('content-type') ?? '').toLowerCase().split(';')
  // Payload reads every body as UTF-8; GraphQL answered another charset with a bare 415.
  const charset = parameters.map((p) => p.trim()).find((p) => p.startsWith('charset='))
  if (charset && charset !== 'charset=utf-8') return malformedResponse(415, 'Content-Type', 'send the body in UTF-8')
  if (type.trim() === 'multipart/form-data') return multipartProblem(request)
  const text = await request.clone().text()
  const optional = isOverride(request) || BODY_OPTIONAL.test(new URL(request.url).pathname)
  if (text === '') return optional ? null : bad('is empty: send a JSON object (Content-Type: application/json)')
  if (type.trim() === 'application/json') return jsonProblem(text)
  // The admin's method-override POSTs send their query as a form.
  if (isOverride(request) && type.trim() === 'application/x-www-form-urlencoded') return null
  return bad(`is not read in ${type.trim() || 'a body without a type'}: send application/json`, 'Content-Type')
}

type Handler<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response>

/** `handler` answering the bodies above with a 400 before Payload reads them. */
export const withBodyChecks =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...args) =>
    (await bodyProblem(request)) ?? handler(request, ...args)
