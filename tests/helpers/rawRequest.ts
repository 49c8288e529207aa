import type { RestResponse } from './rest'

type RawOptions = { body?: BodyInit; contentType?: string; token?: string; headers?: Record<string, string> }

async function route(method: string, request: Request): Promise<Response> {
  const pathname = new URL(request.url).pathname
  if (pathname === '/api/graphql') {
    const { POST } = await import('@/app/(payload)/api/graphql/route')
    return method === 'POST' ? POST(request, {}) : new Response(null, { status: 405 })
  }
  const rest = await import('@/app/(payload)/api/[...slug]/route')
  const slug = pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const handler = rest[method as 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT']
  return handler(request, { params: Promise.resolve({ slug }) } as never)
}

/**
 * A request with exactly the body and content type given (none when left out), through the app's
 * own route modules, GraphQL's included, as the running site would answer it.
 */
export async function rawRequest(method: string, path: string, options: RawOptions = {}): Promise<RestResponse> {
  const headers = new Headers(options.headers)
  if (options.contentType !== undefined) headers.set('Content-Type', options.contentType)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: options.body })
  let response: Response
  try {
    response = await route(method, request)
  } catch (error) {
    // What Next answers for a route that throws.
    return { status: 500, body: String(error), headers: new Headers() }
  }
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body, headers: response.headers }
}
