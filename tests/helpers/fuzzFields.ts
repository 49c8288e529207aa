import type { Field, FieldHook, Payload, PayloadRequest } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, type DataField } from '@/fields/fieldTree'

import { paragraphDocument } from './richText'

/**
 * The field tree of every collection and global as the fuzz sees it: each field (containers and
 * leaves, those Payload adds included) with its path in a document, and bodies that hold one value
 * at that path among valid neighbours.
 */

/** A field read for what any kind of field may have. */
export type Loose = DataField & { required?: boolean; hooks?: { beforeValidate?: FieldHook[] } }

export type Target = {
  /** Segments of the path; array rows are row 0. */
  path: string[]
  field: DataField
  /** The field, or a container above it, keeps one value per language. */
  localized: boolean
  /** Inside a group or row and shared by all languages: a translator's value there is dropped, not refused. */
  nestedShared: boolean
}

export const dotted = (target: Target) => target.path.join('.')

export function fieldTargets(fields: Field[], path: string[] = [], localized = false): Target[] {
  return dataFields(fields).flatMap((field) => {
    const here = [...path, field.name]
    const isLocalized = localized || fieldIsLocalized(field)
    const self: Target = { path: here, field, localized: isLocalized, nestedShared: path.length > 0 && !isLocalized }
    if (field.type === 'group' || field.type === 'tab') return [self, ...fieldTargets(field.fields, here, isLocalized)]
    if (field.type === 'array') return [self, ...fieldTargets(field.fields, [...here, '0'], isLocalized)]
    if (field.type === 'blocks')
      return [self, ...field.blocks.flatMap((block) => fieldTargets(block.fields, [...here, '0'], isLocalized))]
    return [self]
  })
}

/** Values every field of these kinds takes, to build valid neighbours of a bad value. */
const TEXT_CANDIDATES = ['x', 'https://example.com/', 'Q42', 'fuzz@example.com', 'fuzz-x']

export type Refs = { ids: Record<string, (number | string)[]> }

/** `value` after the field's own `beforeValidate` hooks, as Payload hands it to validation. */
async function afterHooks(field: DataField, value: unknown, req: PayloadRequest, stored?: unknown): Promise<unknown> {
  let current = value
  const originalDoc = stored === undefined ? undefined : { [field.name]: stored }
  for (const hook of (field as Loose).hooks?.beforeValidate ?? []) {
    const next = await hook({
      field,
      req,
      data: {},
      siblingData: {},
      originalDoc,
      previousValue: stored,
      operation: stored === undefined ? 'create' : 'update',
      path: [field.name],
      schemaPath: [],
      value: current,
    } as never)
    if (next !== undefined) current = next
  }
  return current
}

/** Whether the field's hooks fill in an empty value (a slug made from the name or kept as stored). */
export const fillsEmpty = async (field: DataField, req: PayloadRequest): Promise<boolean> =>
  (await afterHooks(field, null, req, 'stored')) !== null

/**
 * Whether a field refuses `value` as Payload would treat it: its own `beforeValidate` hooks first
 * (a slug is made from what is typed), then its validation with `required` off, as for a draft.
 */
export async function fieldRefuses(field: DataField, value: unknown, req: PayloadRequest): Promise<boolean> {
  const current = await afterHooks(field, value, req)
  if (!('validate' in field) || typeof field.validate !== 'function') return false
  const options = { ...field, req, data: {}, siblingData: {}, operation: 'create', path: [field.name] }
  const validate = field.validate as (value: unknown, options: unknown) => unknown
  return (
    (await validate(current, { ...options, required: false, event: 'submit', preferences: { fields: {} } })) !== true
  )
}

/** A value `field` accepts, required or not, from what its kind of field takes. */
async function validValue(field: DataField, refs: Refs, req: PayloadRequest): Promise<unknown> {
  const first = (options: unknown[]) =>
    options.map((option) => (typeof option === 'object' ? (option as { value: string }).value : option))[0]
  switch (field.type) {
    case 'number':
      return Math.min(Math.max(0, field.min ?? 0), field.max ?? 0) || (field.min ?? 0)
    case 'checkbox':
      return false
    case 'date':
      return '2000-01-01T12:00:00.000Z'
    case 'select':
      return field.hasMany ? [first(field.options)] : first(field.options)
    case 'radio':
      return first(field.options)
    case 'point':
      return [0, 0]
    case 'json':
      return {}
    case 'richText':
      return paragraphDocument('fuzz')
    case 'relationship':
    case 'upload': {
      const slug = [field.relationTo].flat()[0]
      const id = refs.ids[slug]?.[0]
      if (id === undefined) return null
      const one = Array.isArray(field.relationTo) ? { relationTo: slug, value: id } : id
      return field.hasMany ? [one] : one
    }
    case 'group':
    case 'tab':
      return validObject(field.fields, refs, req)
    case 'array':
    case 'blocks':
      return field.required || field.minRows
        ? [await validObject(field.type === 'array' ? field.fields : [], refs, req)]
        : []
    default:
      for (const candidate of TEXT_CANDIDATES) if (!(await fieldRefuses(field, candidate, req))) return candidate
      return 'x'
  }
}

/** An object with a valid value for each required field (and every container) of `fields`. */
export async function validObject(fields: Field[], refs: Refs, req: PayloadRequest): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const field of dataFields(fields)) {
    const container = ['group', 'tab'].includes(field.type)
    if (((field as Loose).required || container) && !field.admin?.readOnly && field.name !== 'id')
      out[field.name] = await validValue(field, refs, req)
  }
  return out
}

/**
 * `base` with `value` put at the target's path, containers on the way copied from `base` (or made
 * valid). With `locale` set (a write with locale=all), the localized field's value is given per language.
 */
export async function withValueAt(
  base: Record<string, unknown>,
  fields: Field[],
  path: string[],
  value: unknown,
  refs: Refs,
  req: PayloadRequest,
  locale?: string,
): Promise<Record<string, unknown>> {
  const [name, ...rest] = path
  const field = dataFields(fields).find((candidate) => candidate.name === name)!
  const perLocale = (inner: unknown) => (locale && fieldIsLocalized(field) ? { [locale]: inner } : inner)
  if (rest.length === 0) return { ...base, [name]: perLocale(value) }
  const stored = base[name]
  if (field.type === 'array' || field.type === 'blocks') {
    const rows = Array.isArray(stored) ? stored : []
    const row =
      (rows[0] as Record<string, unknown> | undefined) ??
      ((await validValue({ ...field, required: true }, refs, req)) as unknown[])[0]
    const inner = await withValueAt(
      row as Record<string, unknown>,
      field.type === 'array' ? field.fields : [],
      rest.slice(1),
      value,
      refs,
      req,
      locale,
    )
    return { ...base, [name]: perLocale([inner, ...rows.slice(1)]) }
  }
  const group =
    stored && typeof stored === 'object'
      ? (stored as Record<string, unknown>)
      : await validObject((field as { fields: Field[] }).fields, refs, req)
  return {
    ...base,
    [name]: perLocale(await withValueAt(group, (field as { fields: Field[] }).fields, rest, value, refs, req, locale)),
  }
}

/** The first stored document of each collection (its id, to update and to refer to). */
export async function existingIds(payload: Payload, slugs: string[]): Promise<Refs> {
  const ids: Refs['ids'] = {}
  for (const slug of slugs) {
    const { docs } = await payload.find({
      collection: slug as never,
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
    } as never)
    ids[slug] = docs.map((doc: { id: number | string }) => doc.id)
  }
  return { ids }
}
