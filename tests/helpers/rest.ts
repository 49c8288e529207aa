import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

export type RestResponse = { status: number; body: any; headers: Headers }
export type RestClient = {
  request: (
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; raw?: string; form?: FormData; headers?: Record<string, string> },
  ) => Promise<RestResponse>
  get: (path: string, token?: string) => Promise<RestResponse>
  post: (path: string, body: unknown, token?: string) => Promise<RestResponse>
  patch: (path: string, body: unknown, token?: string) => Promise<RestResponse>
  delete: (path: string, token?: string) => Promise<RestResponse>
  login: (email?: string, password?: string) => Promise<string>
  graphql: (query: string, token?: string) => Promise<RestResponse>
}

/**
 * Calls the app's API routes with real Request objects, so REST and GraphQL are tested without
 * starting Next.
 */
export function restClient(payload: Payload): RestClient {
  const config = Promise.resolve(payload.config)
  const graphqlHandler = GRAPHQL_POST(config)
  const request: RestClient['request'] = async (method, path, { body, token, raw, form, headers: extra } = {}) => {
    const headers = new Headers(extra)
    if (body !== undefined || raw !== undefined) headers.set('Content-Type', 'application/json')
    if (token) headers.set('Authorization', `JWT ${token}`)
    const httpRequest = new Request(`http://localhost:3000/api${path}`, {
      method,
      headers,
      body: form ?? raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    // /api/graphql is its own route (GRAPHQL_POST); everything else goes through the app's REST
    // route (src/app/(payload)/api/[...slug]/route.ts), as in the running site.
    const route = await import('@/app/(payload)/api/[...slug]/route')
    const handler = route[method as 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT' | 'OPTIONS']
    const slug = new URL(httpRequest.url).pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response =
      path === '/graphql'
        ? await graphqlHandler(httpRequest)
        : await handler(httpRequest, { params: Promise.resolve({ slug }) } as never)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers }
  }
  return {
    request,
    get: (path, token) => request('GET', path, { token }),
    post: (path, body, token) => request('POST', path, { body, token }),
    patch: (path, body, token) => request('PATCH', path, { body, token }),
    delete: (path, token) => request('DELETE', path, { token }),
    login: async (email = process.env.ADMIN_EMAIL!, password = process.env.ADMIN_PASSWORD!) => {
      const { status, body } = await request('POST', '/users/login', { body: { email, password } })
      if (status !== 200) throw new Error(`login failed: ${status} ${JSON.stringify(body)}`)
      return body.token as string
    },
    graphql: (query, token) => request('POST', '/graphql', { body: { query }, token }),
  }
}

/** The field paths a Payload validation error names. */
export const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: any) => e.path))
