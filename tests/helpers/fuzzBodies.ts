import type { Payload } from 'payload'

import { problemWith } from './fuzz'
import type { Role } from './fuzzWrites'
import { rawRequest } from './rawRequest'

/**
 * Every endpoint the API serves, derived from the config, with bodies that are not a JSON object
 * sent as one: broken JSON, JSON of another type, nothing at all, and other content types.
 */

export type Endpoint = {
  method: string
  path: string
  /**
   * The body is optional here (a duplicate, a restore, a logout), so a request whose body is empty
   * or not JSON is a request without one and may do what it asks: only broken JSON is sent.
   */
  optionalBody?: boolean
  /** Signed in, the request would change the asker's own session: sent anonymously only. */
  anonymousOnly?: boolean
}

export type Body = { label: string; kind: string; body?: string | FormData; contentType?: string }

const json = (label: string, body: string, kind: string): Body => ({
  label,
  kind,
  body,
  contentType: 'application/json',
})

function multipart(payload: string): FormData {
  const form = new FormData()
  form.set('_payload', payload)
  return form
}

export const BROKEN: Body[] = [
  ...['{', '{"name":', '[1,2', 'nul', '{"a":1}x', "{'a':1}", '{"a":1,}', '\u0000', '{"a":"\\u12"}'].map((text) =>
    json(JSON.stringify(text), text, 'broken JSON'),
  ),
  { label: 'multipart, _payload broken', kind: 'broken JSON', body: multipart('{') },
]

export const OTHER: Body[] = [
  ...['null', '[]', '[{}]', '"x"', '1', 'true'].map((text) => json(text, text, 'JSON not an object')),
  { label: 'multipart, _payload a list', kind: 'JSON not an object', body: multipart('[]') },
  json('empty with a JSON type', '', 'empty body'),
  { label: 'nothing', kind: 'empty body' },
  json('{}', '{}', 'empty body'),
  { label: 'text/plain JSON', kind: 'content type', body: '{"name":"x"}', contentType: 'text/plain' },
  { label: 'a form', kind: 'content type', body: 'name=x', contentType: 'application/x-www-form-urlencoded' },
  { label: 'XML', kind: 'content type', body: '<name>x</name>', contentType: 'application/xml' },
  { label: 'multipart without a boundary', kind: 'content type', body: 'x', contentType: 'multipart/form-data' },
  {
    label: 'JSON in UTF-16',
    kind: 'content type',
    body: '{"name":"x"}',
    contentType: 'application/json; charset=utf-16',
  },
  { label: 'jsonx', kind: 'content type', body: '{"name":"x"}', contentType: 'application/jsonx' },
]

const AUTH_VALUES: unknown[] = [null, true, 0, -1, 1.5, '', [], ['x'], {}, { $ne: null }, 'x'.repeat(5000)]

/**
 * Authentication's own fields with every JSON type they do not take, beside an e-mail address no
 * account has (a wrong password for a real one would count towards its lockout).
 */
export const AUTH: Body[] = ['email', 'password', 'token', 'username'].flatMap((field) =>
  AUTH_VALUES.map((value) =>
    json(
      `${field} = ${JSON.stringify(value).slice(0, 20)}`,
      JSON.stringify({
        email: 'nobody@example.com',
        password: 'not-the-password',
        token: 'no-such-token',
        [field]: value,
      }),
      'auth field',
    ),
  ),
)

/** The endpoints of every collection and global, of authentication, and the app's own. */
export async function endpointsOf(payload: Payload): Promise<Endpoint[]> {
  const out: Endpoint[] = []
  for (const { config } of Object.values(payload.collections)) {
    const { slug } = config
    if (slug.startsWith('payload-') && slug !== 'payload-preferences') continue
    const { docs } = await payload.find({ collection: slug as never, limit: 1, depth: 0, draft: true } as never)
    const id = (docs[0] as { id?: unknown } | undefined)?.id ?? 1
    out.push(
      { method: 'POST', path: `/${slug}` },
      { method: 'PATCH', path: `/${slug}/${id}` },
      { method: 'PATCH', path: `/${slug}?where[id][equals]=${id}` },
      { method: 'POST', path: `/${slug}/${id}/duplicate`, optionalBody: true },
    )
    if (config.versions) {
      const versions = await payload.findVersions({ collection: slug as never, limit: 1 } as never)
      out.push({ method: 'POST', path: `/${slug}/versions/${versions.docs[0]?.id ?? 1}`, optionalBody: true })
    }
  }
  for (const { slug, versions } of payload.config.globals) {
    out.push({ method: 'POST', path: `/globals/${slug}` })
    if (versions) out.push({ method: 'POST', path: `/globals/${slug}/versions/1`, optionalBody: true })
  }
  for (const action of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'])
    out.push({ method: 'POST', path: `/users/${action}` })
  out.push(
    { method: 'POST', path: '/users/verify/no-such-token', optionalBody: true },
    { method: 'POST', path: '/users/logout', optionalBody: true, anonymousOnly: true },
    { method: 'POST', path: '/users/refresh-token', optionalBody: true, anonymousOnly: true },
    { method: 'POST', path: '/graphql' },
    { method: 'POST', path: '/translations/import?locale=de' },
  )
  return out
}

/** Endpoints that take no body: what is sent with them is a content type alone. */
export const READS: Endpoint[] = [
  '/health',
  '/translation-status',
  '/translations/export?locale=de',
  '/access',
  '/users/me',
  '/users/init',
  '/partnerships',
].map((path) => ({ method: 'GET', path }))

/**
 * What a refusal of a body may name: the body, its JSON or type, or what the endpoint needed from
 * it (credentials, a file, "Nie przesłano żadnych plików"), or the fields an empty document lacks.
 */
const BODY_NAMES = /\b(body|JSON|Content-Type|_payload|email|password|token|query|data|user|files?)\b|plik|^[\w.]+$/i

export async function sendBody(
  endpoint: Endpoint,
  body: Body,
  role: Role,
  token?: string,
): Promise<string | undefined> {
  const response = await rawRequest(endpoint.method, endpoint.path, {
    body: endpoint.method === 'GET' ? undefined : body.body,
    contentType: body.contentType,
    token,
  })
  const what = `${role} ${endpoint.method} ${endpoint.path} with ${body.label}`
  return problemWith(response, what, body.kind, { mentions: BODY_NAMES })
}
