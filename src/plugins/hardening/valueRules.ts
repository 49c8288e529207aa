import type { DataField } from '@/fields/fieldTree'

import { richTextProblem } from './richText'

/**
 * What kind of value each kind of field takes, checked on the body as sent, before any hook or
 * access check: Payload's validation lets a value of the wrong kind through (a list for a select,
 * a number for a text, `true` for a select, stored as "1.0") to be stored as given or to fail in
 * the database as a 500, and validates no draft at all. Whether a value of the right kind is
 * allowed (an option, a range, a format) is the field's own validation's to say, in the reader's
 * language, and ./validateDrafts.ts's for a draft.
 */

const TEXT = new Set(['text', 'textarea', 'email', 'code', 'password'])

// Date.UTC reads years below 100 as 19xx, hence parsed strings.
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z')
const LAST_DAY = Date.parse('9999-12-31T23:59:59Z')

/**
 * A date every adapter stores and reads back: parseable, between the years 1 and 9999. Payload's
 * validation takes any parseable date; a stored `+275760-09-13` then failed every read of the
 * document, the admin's included, as a 500.
 */
function isStorableDate(value: unknown): boolean {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' && value ? Date.parse(value) : NaN
  return time >= FIRST_DAY && time <= LAST_DAY
}

const optionsOf = (field: DataField): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

function pointProblem(value: unknown): string | undefined {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  return ok ? undefined : 'must be [longitude, latitude], from -180 to 180 and -90 to 90'
}

/** What is wrong with one value (one item of a has-many field). */
function itemProblem(field: DataField, value: unknown): string | undefined {
  if (TEXT.has(field.type)) return typeof value === 'string' ? undefined : 'must be text'
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'must be true or false'
    case 'date':
      return isStorableDate(value) ? undefined : 'is not a date from the year 1 to 9999 (use e.g. 2019-10-04)'
    case 'select':
    case 'radio':
      return typeof value === 'string' ? undefined : `must be one of the options, as text`
    case 'point':
      return pointProblem(value)
    case 'richText':
      return richTextProblem(field, value)
    default:
      // Ids are ./checkIds.ts's; JSON takes anything.
      return undefined
  }
}

/**
 * What is wrong with the value of a field that holds values rather than fields (groups, tabs, arrays
 * and blocks are walked by the caller), or undefined. An empty value (null) is the field's own
 * validation's to judge. `_status` is the exception in both: Payload adds it without any
 * validation, so any text, or null, was stored as the document's status, and a document whose
 * status is not `published` is gone from the site in every language.
 */
export function valueProblem(field: DataField, value: unknown): string | undefined {
  if (field.name === '_status' && !optionsOf(field).includes(value as string))
    return `must be one of ${optionsOf(field).join(', ')}`
  if (value === null) return undefined
  if ('hasMany' in field && field.hasMany) {
    if (!Array.isArray(value)) return 'must be a list'
    const index = value.findIndex((item) => itemProblem(field, item))
    return index < 0 ? undefined : `${index}: ${itemProblem(field, value[index])}`
  }
  return itemProblem(field, value)
}
