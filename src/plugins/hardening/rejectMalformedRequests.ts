import type { Field, Payload, PayloadRequest } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { malformed, notFound } from './errors'
import { guardOperations } from './guardOperations'

/**
 * What Payload passes to the database unchecked and the database then fails on, as a 500: a
 * `where` that is not an object or names no operator, an id of the wrong shape, a body that is not
 * an object, and depth/limit/page beyond sense. Each becomes a 400 (404 for an id) that says what
 * was wrong, before any access check or query runs.
 */

const MAX_DEPTH = 10
const MAX_LIMIT = 1000
const MAX_PAGE = 1_000_000

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
const TEXT = new Set(['text', 'textarea', 'email', 'code'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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

/** The field a dotted query path names, through unnamed tabs and rows. */
function fieldAt(fields: Field[], dotted: string): Field | undefined {
  const [head, ...rest] = dotted.split('.')
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found =
          'name' in tab && tab.name
            ? tab.name === head
              ? fieldAt(tab.fields, rest.join('.'))
              : undefined
            : fieldAt(tab.fields, dotted)
        if (found) return found
      }
    } else if (!('name' in field) || !field.name) {
      const found = 'fields' in field ? fieldAt(field.fields, dotted) : undefined
      if (found) return found
    } else if (field.name === head) {
      return rest.length === 0 ? field : 'fields' in field ? fieldAt(field.fields, rest.join('.')) : undefined
    }
  }
  return undefined
}

function checkWhere(where: unknown, payload: Payload, fields: Field[], path = 'where'): void {
  if (!isObject(where)) throw malformed(path, 'must be an object, e.g. where[slug][equals]=vienne')
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isObject(condition) ? Object.values(condition) : null
      if (!list) throw malformed(`${path}[${key}]`, 'must be a list of conditions')
      list.forEach((item, index) => checkWhere(item, payload, fields, `${path}[${key}][${index}]`))
      continue
    }
    if (!/^[\w.]+$/.test(key)) throw malformed(`${path}[${key}]`, 'is not a field path')
    if (!isObject(condition) || Object.keys(condition).length === 0)
      throw malformed(`${path}[${key}]`, 'needs an operator, e.g. [equals]')
    const target = fieldAt(fields, key) as (Field & { hasMany?: boolean }) | undefined
    const isDateField = target?.type === 'date' || key === 'createdAt' || key === 'updatedAt'
    const holdsIds = key === 'id' || key.endsWith('.id') || target?.type === 'relationship' || target?.type === 'upload'
    for (const [operator, value] of Object.entries(condition)) {
      const where = `${path}[${key}][${operator}]`
      if (!validOperatorSet.has(operator as never))
        throw malformed(where, `unknown operator; use one of ${[...validOperatorSet].join(', ')}`)
      // `all` works on has-many relationships; the SQLite adapter fails on it anywhere else.
      if (operator === 'all' && !(target?.hasMany && (target.type === 'relationship' || target.type === 'upload'))) {
        throw malformed(where, 'applies to has-many relationships only; use [in] or [equals]')
      }
      if (GEO.has(operator) && target?.type !== 'point') throw malformed(where, 'applies to point (map) fields only')
      if (isDateField && operator !== 'exists' && !valuesOf(value, LIST.has(operator)).every(isDate)) {
        throw malformed(where, 'is not a date (use e.g. 2019-10-04)')
      }
      if (SINGLE_VALUE.has(operator) && typeof value === 'object' && value !== null)
        throw malformed(where, 'takes a single value')
      if (LIST.has(operator)) {
        const list = valuesOf(value, true)
        if (list.length === 0 || list.some((item) => item === '' || item === null || typeof item === 'object')) {
          throw malformed(where, 'takes a comma-separated list of values')
        }
      }
      // Ids go to the database as they are; one of the wrong shape is an error there, not "no match".
      if (holdsIds && ['equals', 'not_equals', 'in', 'not_in', 'all'].includes(operator)) {
        if (!valuesOf(value, true).every((id) => isValidId(payload, typeof id === 'string' ? id.trim() : id)))
          throw malformed(where, 'is not a valid id')
      }
    }
  }
}

/**
 * The shapes Payload walks without checking: a list where a list belongs (arrays, blocks, has-many
 * fields), an object where an object belongs (groups, rich text). Values are the validators' job.
 */
function checkShapes(fields: Field[], data: Record<string, unknown>, path: string, localized: boolean): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (value === undefined || value === null) continue
          if (!isObject(value)) throw malformed(`${path}${tab.name}`, 'must be an object')
          checkShapes(tab.fields, value, `${path}${tab.name}.`, localized)
        } else checkShapes(tab.fields, data, path, localized)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) checkShapes(field.fields, data, path, localized)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const name = `${path}${field.name}`
    // With locale=all a localized value is an object of languages: its inner shape is Payload's.
    if (localized && 'localized' in field && field.localized) continue
    const many = ('hasMany' in field && field.hasMany) || field.type === 'array' || field.type === 'blocks'
    // The admin's form sends an empty list as its row count, 0.
    if (many && !Array.isArray(value) && !(value === 0 && field.type !== 'select'))
      throw malformed(name, 'must be a list')
    if ((field.type === 'group' || field.type === 'richText') && !isObject(value))
      throw malformed(name, 'must be an object')
    if (TEXT.has(field.type) && !many && typeof value !== 'string') throw malformed(name, 'must be text')
    if (field.type === 'group') checkShapes(field.fields, value as Record<string, unknown>, `${name}.`, localized)
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      ;(value as unknown[]).forEach((row, index) => {
        if (!isObject(row)) throw malformed(`${name}.${index}`, 'must be an object')
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        checkShapes(rowFields, row, `${name}.${index}.`, localized)
      })
    }
  }
}

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null || value === '') return
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(number) || number < min || number > max)
    throw malformed(name, `must be a whole number from ${min} to ${max}`)
}

function isValidId(payload: Payload, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id)
  if (typeof id !== 'string' || id === '') return false
  if (payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(id)
  // Document ids elsewhere (MongoDB ObjectIds) are plain printable strings.
  return /^[\w-]{1,64}$/.test(id)
}

function check(args: Record<string, any>, req: PayloadRequest, fields: Field[]): void {
  if (args.where !== undefined) checkWhere(args.where, req.payload, fields)
  checkNumber('depth', args.depth, 0, MAX_DEPTH)
  checkNumber('limit', args.limit, 0, MAX_LIMIT)
  checkNumber('page', args.page, 1, MAX_PAGE)
  if ('data' in args && args.data !== undefined) {
    if (!isObject(args.data)) throw malformed('body', 'must be a JSON object')
    checkShapes(fields, args.data, '', req.locale === 'all')
  }
  if (args.id !== undefined && !isValidId(req.payload, args.id)) throw notFound(req)
}

export const rejectMalformedRequests = guardOperations(({ args, req, fields }) => check(args, req, fields))
