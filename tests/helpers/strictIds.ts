import sharp from 'sharp'
import { expect } from 'vitest'

import { seed } from '@/seed'
import { exportAll, type FullExport } from '@/scripts/exportAll'

import { startPayload, type TestContext } from './payload'
import type { RestResponse } from './rest'

export const collections = ['partnerships', 'friendly-cities', 'commitments', 'history-articles', 'media', 'users']
export const versioned = ['partnerships', 'friendly-cities', 'commitments', 'history-articles']
export const everyone = ['anonymous', 'admin'] as const
export type Who = (typeof everyone)[number]

export type Fixture = {
  ctx: TestContext
  /** A real document's id per collection, and a version id per versioned collection and the global. */
  ids: Record<string, number | string>
  versionIds: Record<string, number | string>
  /** Everything stored, before any hostile request. */
  before: FullExport
  call: (
    who: Who,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<RestResponse>
  admin: string
}

/** The seeded site with an image, the ids to spell wrongly, and the export to compare with afterwards. */
export async function startWithIds(): Promise<Fixture> {
  const ctx = await startPayload()
  await seed(ctx.payload)
  const admin = await ctx.rest.login()
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  const file = { data, mimetype: 'image/png', name: 'a.png', size: data.length }
  await ctx.payload.create({ collection: 'media', data: { alt: 'Obrazek' }, file })
  const ids: Fixture['ids'] = {}
  const versionIds: Fixture['versionIds'] = {}
  for (const slug of collections)
    ids[slug] = (await ctx.payload.find({ collection: slug as 'media', limit: 1, sort: 'id' })).docs[0].id
  for (const slug of versioned)
    versionIds[slug] = (await ctx.payload.findVersions({ collection: slug as 'commitments', limit: 1 })).docs[0].id
  versionIds.global = (await ctx.payload.findGlobalVersions({ slug: 'accessibility-statement', limit: 1 })).docs[0].id
  const call: Fixture['call'] = (who, method, path, body, headers) =>
    ctx.rest.request(method, path, { body, token: who === 'admin' ? admin : undefined, headers })
  return { ctx, ids, versionIds, before: await exportAll(ctx.payload), call, admin }
}

/**
 * Spellings of a real id that a lenient reader (parseFloat, Number, the database's type affinity)
 * takes for that id, and ids no database of this kind can hold: junk before, inside and after.
 */
export function junk(id: number | string): string[] {
  const text = String(id)
  const around = [`${text}x`, `x${text}`, `1${text}x`, `${text} `, ` ${text}`, `+${text}`, `0${text}`, `${text}/`]
  const bytes = [`${text}%00`, `${text}\u0000`, `${text}\n`, '0', '-1', '١', `${text}١`]
  if (typeof id === 'string') return [...around, ...bytes, `${text}0`, text.slice(1), text.toUpperCase(), '1']
  const hex24 = `${text}${'0'.repeat(23 - text.length)}f`
  const number = [`${text}.0`, `${text}e0`, `0x${id.toString(16)}`, `-${text}`, `${text}.5`, `${text}n`]
  const huge = ['9007199254740993', `${text}${'0'.repeat(30)}`, `${hex24}0`, hex24, '507f1f77bcf86cd799439011']
  return [...around, ...bytes, ...number, ...huge]
}

/** JSON values no id is: for ids in bodies and GraphQL variables. */
export const junkValues = [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, true, {}, []]

export type Case = [what: string, send: () => Promise<RestResponse>]

/** Every case is sent; the failures are listed together, so that one run shows the whole picture. */
export async function expectAll(cases: Case[], expected: (response: RestResponse) => boolean): Promise<void> {
  const failures: string[] = []
  for (const [what, send] of cases) {
    const response = await send()
    if (!expected(response))
      failures.push(`${what} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 200)}`)
  }
  expect(failures.length, `${failures.length} of ${cases.length} cases:\n${failures.join('\n')}`).toBe(0)
}

type ErrorBody = { message?: unknown; data?: { errors?: { path?: unknown; field?: unknown }[] } }
const messages = (response: RestResponse): string[] =>
  (response.body?.errors ?? []).map((error: ErrorBody) => String(error.message))
/** Where the errors point: their messages and the fields they name (Payload's validation names a path). */
const named = (response: RestResponse): string[] => [
  ...messages(response),
  ...(response.body?.errors ?? []).flatMap((error: ErrorBody) =>
    (error.data?.errors ?? []).flatMap((inner) => [inner.path, inner.field].filter(Boolean).map(String)),
  ),
]

export const notFound = (response: RestResponse) => response.status === 404

/** A 400 whose message names `parameter`. */
export const refusedNaming = (parameter: string) => (response: RestResponse) =>
  response.status === 400 && named(response).some((name) => name.includes(parameter))

/**
 * GraphQL answers 200 with errors: refused means no data, an error naming the parameter, and no
 * error that is a 404 (a document looked for) or a 500.
 */
export const graphqlRefusedNaming = (parameter: RegExp) => (response: RestResponse) =>
  response.status < 500 &&
  messages(response).some((message) => parameter.test(message)) &&
  (response.body.errors as { extensions?: { statusCode?: number } }[]).every(
    (error) => (error.extensions?.statusCode ?? 400) === 400,
  ) &&
  Object.values(response.body?.data ?? {}).every((value) => value === null)
