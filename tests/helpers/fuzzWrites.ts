import type { Field, FieldAccess, Payload, PayloadRequest } from 'payload'

import { dataFields } from '@/fields/fieldTree'

import { pick, problemWith } from './fuzz'
import { dotted, fieldTargets, type Refs, type Target, validObject, withValueAt } from './fuzzFields'
import { allOptionValues, type Bad, badValues } from './fuzzValues'
import type { RestClient } from './rest'

/**
 * Writes of one bad value to one field of one collection or global, sent as a create or an update,
 * as a draft or not, in a language or all of them, by a role; each must be refused whole.
 */

export type Role = 'anonymous' | 'admin' | 'editor' | 'translator'
export const roles: Role[] = ['anonymous', 'admin', 'editor', 'translator']

export type Written = {
  global: boolean
  slug: string
  fields: Field[]
  drafts: boolean
  /** A create needs nothing but JSON (an upload needs a file). */
  creates: boolean
  auth: boolean
}
export type WriteCase = { written: Written; target: Target; bad: Bad }

export function writtenOf(payload: Payload, collections: string[]): Written[] {
  return [
    ...collections.map((slug) => {
      const { config } = payload.collections[slug as 'users']
      const drafts = Boolean(config.versions?.drafts)
      return { global: false, slug, fields: config.fields, drafts, creates: !config.upload, auth: Boolean(config.auth) }
    }),
    ...payload.config.globals.map(({ slug, fields, versions }) => ({
      global: true,
      slug,
      fields,
      drafts: Boolean(versions && versions.drafts),
      creates: false,
      auth: false,
    })),
  ]
}

// Payload drops these from what a client sends to an upload collection (sanitizeUploadData).
const UPLOAD_OWNED = new Set(['filename', 'sizes', 'url'])

const targetsOf = (one: Written, payload: Payload) => {
  const upload = !one.global && Boolean(payload.collections[one.slug as 'media'].config.upload)
  return fieldTargets(one.fields).filter((target) => !(upload && UPLOAD_OWNED.has(target.path[0])))
}

export async function writeCases(written: Written[], refs: Refs, req: PayloadRequest): Promise<WriteCase[]> {
  const targets = written.map((one) => [one, targetsOf(one, req.payload)] as const)
  const options = allOptionValues(targets.flatMap(([, each]) => each.map((target) => target.field)))
  const cases: WriteCase[] = []
  for (const [one, each] of targets)
    for (const target of each) {
      const dropped = await droppedForAll(one.fields, target.path, req)
      for (const bad of await badValues(target.field, refs, options, req))
        // Payload drops a value no one may write (sessions) before validating it: only a value
        // refused before access is checked is refused there.
        if (!dropped || !VALIDATED.has(bad.kind)) cases.push({ written: one, target, bad })
    }
  return cases
}

/** Whether the field at `path`, or a container of it, may be written by no one, an admin included. */
async function droppedForAll(fields: Field[], path: string[], req: PayloadRequest): Promise<boolean> {
  let level = fields
  for (const segment of path) {
    const field = dataFields(level).find((candidate) => candidate.name === segment)
    if (!field) continue
    const update = (field as { access?: { update?: FieldAccess } }).access?.update
    if (update && !(await update({ req, data: {}, siblingData: {} } as never))) return true
    level = 'fields' in field ? field.fields : []
  }
  return false
}

export type Writer = {
  rest: RestClient
  payload: Payload
  refs: Refs
  req: PayloadRequest
  random: () => number
  /** The document each role updates in each collection (a user updates their own account). */
  updated: (role: Role, slug: string) => number | string
}

/** Kinds of bad value the field's validation refuses, after Payload has dropped what the writer may not write. */
const VALIDATED = new Set(['validator', 'required', 'outside options', 'out of range'])

type Variant = { create: boolean; draft: boolean; locale?: string }

/** A way to send `c` as `role`, or none when `role` cannot be refused for it the way the case means. */
function variantFor(writer: Writer, c: WriteCase, role: Role): Variant | undefined {
  const { random } = writer
  const translator = role === 'translator'
  // Payload drops a value of a field the translator may not change inside a row instead of refusing
  // the write: only values refused before access is checked are theirs to try there.
  if (translator && c.target.nestedShared && VALIDATED.has(c.bad.kind)) return undefined
  // A translator's save is always a draft.
  if (translator && !c.bad.draft) return undefined
  const draft = c.written.drafts && (translator || (c.bad.draft && random() < 0.5))
  const create = c.written.creates && !translator && random() < 0.4
  // In all languages at once, an empty value for one language leaves it as it was.
  const all = !create && c.bad.kind !== 'required' ? ['all'] : []
  const locales = translator ? ['de', 'de', 'de', ...all] : [undefined, 'pl', 'de', ...all]
  return { create, draft, locale: pick(random, locales) }
}

async function bodyFor(writer: Writer, c: WriteCase, role: Role, variant: Variant): Promise<Record<string, unknown>> {
  const { payload, refs, req } = writer
  const { written, target, bad } = c
  const perLocale = variant.locale === 'all' ? (role === 'translator' ? 'de' : 'pl') : undefined
  if (variant.create) {
    const base = await validObject(written.fields, refs, req)
    if (written.auth) Object.assign(base, { email: 'fuzz-created@example.com', password: 'fuzz-created-password' })
    return withValueAt(base, written.fields, target.path, bad.value, refs, req, perLocale)
  }
  const read = { depth: 0, locale: (variant.locale ?? 'pl') as 'pl', overrideAccess: true, draft: written.drafts }
  const stored = written.global
    ? await payload.findGlobal({ slug: written.slug as never, ...read })
    : await payload.findByID({ collection: written.slug as never, id: writer.updated(role, written.slug), ...read })
  const top = target.path[0]
  const full = await withValueAt(stored as never, written.fields, target.path, bad.value, refs, req, perLocale)
  return { [top]: full[top] }
}

/** Sends `c` as `role` with the token given; returns what broke the rule, if anything. */
export async function sendWrite(writer: Writer, c: WriteCase, role: Role, token?: string): Promise<string | undefined> {
  const variant = variantFor(writer, c, role)
  if (!variant) return undefined
  let body: Record<string, unknown>
  try {
    body = await bodyFor(writer, c, role, variant)
  } catch (error) {
    return `reading ${c.written.slug} for ${dotted(c.target)} = ${c.bad.label} failed: ${error}`
  }
  const { written } = c
  const query = new URLSearchParams()
  if (variant.locale) query.set('locale', variant.locale)
  if (variant.draft) query.set('draft', 'true')
  const base = written.global ? `/globals/${written.slug}` : `/${written.slug}`
  const path = variant.create || written.global ? base : `${base}/${writer.updated(role, written.slug)}`
  const method = written.global || variant.create ? 'POST' : 'PATCH'
  const url = `${path}${query.size ? `?${query}` : ''}`
  const response = await writer.rest.request(method, url, { body, token })
  const what = `${role} ${method} ${url} ${dotted(c.target)} = ${c.bad.label} (${c.bad.kind})`
  // A write in all languages at once may be refused for that first (./publicationState).
  const wrong = [dotted(c.target), ...(variant.locale === 'all' ? ['locale'] : [])]
  return problemWith(response, what, c.bad.kind, { wrong, refuse: true })
}

/** Field paths the fuzz reaches, to say how much of the config it covered. */
export const coveredFields = (cases: WriteCase[]) =>
  new Set(cases.map((c) => `${c.written.slug}.${dotted(c.target)}`)).size
