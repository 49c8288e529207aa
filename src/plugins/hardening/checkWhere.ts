import type { Field, Payload } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { dataFields, type DataField } from '@/fields/fieldTree'

import { malformed } from '@/errors'
import { idReason, isObject, isValidId } from './values'

const SINGLE_VALUE = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'exists',
])
const GEO = new Set(['near', 'within', 'intersects'])
const LIST = new Set(['in', 'not_in', 'all'])
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

// Date.UTC reads years below 100 as 19xx, hence parsed strings.
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z')
const LAST_DAY = Date.parse('9999-12-31T23:59:59Z')

/** A date the database can compare: parseable, between the years 1 and 9999. */
function isDate(value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const time = new Date(value).getTime()
  return Number.isFinite(time) && time >= FIRST_DAY && time <= LAST_DAY
}

/** A condition's values: a list as given, or a comma-separated string split when `split`. */
const valuesOf = (value: unknown, split: boolean): unknown[] =>
  Array.isArray(value) ? value : split && typeof value === 'string' ? value.split(',') : [value]

/** The field a dotted query path names. */
function fieldAt(fields: Field[], dotted: string): DataField | undefined {
  const [head, ...rest] = dotted.split('.')
  const field = dataFields(fields).find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  return 'fields' in field ? fieldAt(field.fields, rest.join('.')) : undefined
}

/**
 * What a `where` is about: the fields it may name, and the collection whose ids `id` holds (none:
 * the database's own, as versions have).
 */
export type WhereScope = { payload: Payload; fields: Field[]; collection?: string }

/**
 * Whose ids a condition on `key` compares with: the document's own (`id`), those a relationship or
 * upload field holds (`heroImage`, or `heroImage.id`), or none (`undefined`).
 */
function idsCompared({ fields, collection }: WhereScope, key: string): { of?: string } | undefined {
  if (key === 'id') return { of: collection }
  const dot = key.lastIndexOf('.')
  const [target, last] = [fieldAt(fields, key), key.slice(dot + 1)]
  const relation = target ?? (dot > 0 ? fieldAt(fields, key.slice(0, dot)) : undefined)
  if (relation?.type !== 'relationship' && relation?.type !== 'upload') return undefined
  const single = typeof relation.relationTo === 'string'
  // A field relating to several collections keeps `{ relationTo, value }`: its ids are under `value`.
  if (relation !== target && last !== (single ? 'id' : 'value')) return undefined
  return { of: single ? (relation.relationTo as string) : undefined }
}

/**
 * A `where` as the database adapter needs it. Payload hands most of it over unchecked, and the
 * adapter fails on what it cannot read: a 500 unless said otherwise below.
 */
export function checkWhere(where: unknown, scope: WhereScope, path = 'where'): void {
  // Payload returns 500 here (a `where`, a condition or an and/or list of the wrong shape):
  // no upstream issue found (searched 2026-12).
  if (!isObject(where)) throw malformed(path, 'must be an object, e.g. where[slug][equals]=vienne')
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isObject(condition) ? Object.values(condition) : null
      if (!list) throw malformed(`${path}[${key}]`, 'must be a list of conditions')
      list.forEach((item, index) => checkWhere(item, scope, `${path}[${key}][${index}]`))
      continue
    }
    if (!/^[\w.]+$/.test(key)) throw malformed(`${path}[${key}]`, 'is not a field path')
    if (!isObject(condition) || Object.keys(condition).length === 0)
      throw malformed(`${path}[${key}]`, 'needs an operator, e.g. [equals]')
    const target = fieldAt(scope.fields, key) as (DataField & { hasMany?: boolean }) | undefined
    const isDateField = target?.type === 'date' || key === 'createdAt' || key === 'updatedAt'
    const ids = idsCompared(scope, key)
    for (const [operator, value] of Object.entries(condition)) {
      const where = `${path}[${key}][${operator}]`
      // Not a 500 since https://github.com/payloadcms/payload/pull/15739, but Payload's answer
      // names no operator that would do.
      if (!validOperatorSet.has(operator as never))
        throw malformed(where, `unknown operator; use one of ${[...validOperatorSet].join(', ')}`)
      // `all` works on has-many relationships; the SQLite adapter fails on it anywhere else.
      // Payload returns 500 here: https://github.com/payloadcms/payload/pull/18129 (an open fix).
      if (operator === 'all' && !(target?.hasMany && (target.type === 'relationship' || target.type === 'upload'))) {
        throw malformed(where, 'applies to has-many relationships only; use [in] or [equals]')
      }
      // Payload returns 500 here: no upstream issue found (searched 2026-12).
      if (GEO.has(operator) && target?.type !== 'point') throw malformed(where, 'applies to point (map) fields only')
      // Payload returns 500 here: no upstream issue found (searched 2026-12).
      if (isDateField && operator !== 'exists' && !valuesOf(value, LIST.has(operator)).every(isDate)) {
        throw malformed(where, 'is not a date (use e.g. 2019-10-04)')
      }
      // Payload returns 500 here: https://github.com/payloadcms/payload/issues/14204
      if (SINGLE_VALUE.has(operator) && typeof value === 'object' && value !== null)
        throw malformed(where, 'takes a single value')
      // Payload returns 500 here: https://github.com/payloadcms/payload/pull/17839 (an open fix).
      if (LIST.has(operator)) {
        const list = valuesOf(value, true)
        if (list.length === 0 || list.some((item) => item === '' || item === null || typeof item === 'object')) {
          throw malformed(where, 'takes a comma-separated list of values')
        }
      }
      // The database reads `1x` or ` 1` as 1 here, and Payload returns 500 for `x1`:
      // https://github.com/payloadcms/payload/issues/14204
      if (ids && ID_OPERATORS.has(operator)) {
        if (!valuesOf(value, LIST.has(operator)).every((id) => isValidId(scope.payload, id, ids.of)))
          throw malformed(where, idReason(scope.payload, ids.of))
      }
    }
  }
}
