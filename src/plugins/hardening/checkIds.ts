import type { Field, Payload } from 'payload'

import type { DataField } from '@/fields/fieldTree'

import { malformed } from '@/errors'
import { idReason, isObject, isValidId } from './values'
import { bodyValues } from './walkBody'

type Relation = Extract<DataField, { type: 'relationship' | 'upload' }>

// What Payload's beforeValidate reads as "no document" for a relationship or upload field.
const EMPTY = new Set(['', 'none', 'null'])

/** The id a relationship value names: the id itself or, as the admin sometimes sends, the document. */
const idOf = (value: unknown): unknown => (isObject(value) && 'id' in value ? value.id : value)

/**
 * One value of a relationship or upload field: an id (or a document with its id) of the collection
 * it relates to, or `{ relationTo, value }` for a field relating to several.
 */
function checkRelated(payload: Payload, field: Relation, value: unknown, name: string): void {
  if (!Array.isArray(field.relationTo)) {
    if (!isValidId(payload, idOf(value), field.relationTo)) throw malformed(name, idReason(payload, field.relationTo))
    return
  }
  const to = isObject(value) ? value.relationTo : undefined
  if (typeof to !== 'string' || !(field.relationTo as string[]).includes(to))
    throw malformed(name, `must be { relationTo, value } with relationTo one of ${field.relationTo.join(', ')}`)
  if (!isValidId(payload, idOf((value as { value?: unknown }).value), to))
    throw malformed(`${name}.value`, idReason(payload, to))
}

/**
 * Ids in relationship and upload values, wherever they sit in a body (groups, tabs, array and block
 * rows, each language of `locale=all`). Payload reads them with `parseFloat`, so `"1x"` would relate
 * document 1, and a number no row can have (0, -1, 1.5) fails the database's foreign key, a 500: no
 * upstream issue found (searched 2026-12).
 */
export function checkRelationIds(
  payload: Payload,
  fields: Field[],
  data: Record<string, unknown>,
  allLocales: boolean,
) {
  for (const { field, value, name } of bodyValues(fields, data, allLocales)) {
    if ((field.type !== 'relationship' && field.type !== 'upload') || value === null || EMPTY.has(value as string))
      continue
    if (!field.hasMany) {
      if (Array.isArray(value)) throw malformed(name, 'takes one id, not a list')
      checkRelated(payload, field, value, name)
    } else if (Array.isArray(value))
      value.forEach((item, index) => checkRelated(payload, field, item, `${name}.${index}`))
  }
}
