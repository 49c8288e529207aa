import type { PayloadRequest } from 'payload'

import type { DataField } from '@/fields/fieldTree'

import { fieldRefuses, fillsEmpty, type Loose, type Refs } from './fuzzFields'

/**
 * The bad values of each field, by what its kind of field takes: every JSON type it does not take,
 * values outside its options or range, dates that do not parse, ids of no document or of another
 * collection, nonsense inside rich text and lists, and the strings its own validation refuses.
 * Each must be refused whole; `draft` says whether a draft must refuse it too: a draft keeps work
 * in progress (empty, out of range, a format not finished), never a value no admin input makes.
 */

export type Bad = { value: unknown; kind: string; label: string; draft: boolean }

const JSON_VALUES: [string, unknown][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['1e308', 1e308],
  ['"x"', 'x'],
  ['""', ''],
  ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'],
  ['"1e309"', '1e309'],
  ['"42"', '42'],
  ['["x"]', ['x']],
  ['[]', []],
  ['[[1]]', [[1]]],
  ['[null]', [null]],
  ['{"a":1}', { a: 1 }],
  ['{}', {}],
  ['deep', { a: { b: [{ c: { d: ['e', { f: null }] } }] } }],
]

const TEXT = new Set(['text', 'textarea', 'email', 'code'])
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z')
const LAST_DAY = Date.parse('9999-12-31T23:59:59Z')

const optionValues = (field: DataField): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

const isDate = (value: unknown) => {
  const time = typeof value === 'string' && value !== '' ? Date.parse(value) : NaN
  return time >= FIRST_DAY && time <= LAST_DAY
}

const listOf = (value: unknown, each: (item: unknown) => boolean) => Array.isArray(value) && value.every(each)

/** Whether `field` takes `value` as far as its kind goes (validation aside). */
function takes(field: DataField, value: unknown): boolean {
  const many = 'hasMany' in field && field.hasMany
  if (value === null) return field.name !== '_status'
  const one = (item: unknown): boolean => {
    if (TEXT.has(field.type)) return typeof item === 'string'
    if (field.type === 'number') return typeof item === 'number' && Number.isFinite(item)
    if (field.type === 'select' || field.type === 'radio') return optionValues(field).includes(item as string)
    return false
  }
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean'
    case 'date':
      return isDate(value)
    case 'json':
      return true
    case 'group':
    case 'tab':
      return typeof value === 'object' && !Array.isArray(value)
    case 'array':
    case 'blocks':
      return value === 0 || (Array.isArray(value) && value.length === 0)
    // Payload reads these as no document.
    case 'relationship':
    case 'upload':
      return (
        ['', 'none', 'null'].includes(value as string) || (many === true && Array.isArray(value) && value.length === 0)
      )
    case 'point':
    case 'richText':
      return false
    default:
      return many ? listOf(value, one) : one(value)
  }
}

const RICH_TEXT_NONSENSE: [string, unknown][] = [
  ['root a string', { root: 'x' }],
  ['empty root', { root: {} }],
  ['no children', { root: { type: 'root' } }],
  ['children a string', { root: { type: 'root', children: 'x' } }],
  ['unknown node', { root: { type: 'root', children: [{ type: 'no-such-node', version: 1 }] } }],
  ['null node', { root: { type: 'root', children: [null] } }],
  [
    'text a number',
    { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] } },
  ],
  ['root of a paragraph', { root: { type: 'paragraph', children: [] } }],
]

const POINT_NONSENSE: [string, unknown][] = [
  ['one number', [0]],
  ['three numbers', [1, 2, 3]],
  ['words', ['a', 'b']],
  ['longitude 200', [200, 0]],
  ['latitude 100', [0, 100]],
  ['an object', { lng: 0, lat: 0 }],
]

const DATES = ['not a date', '2020-13-45', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '10000-01-01']
const STRINGS = ['x', 'NaN', '<script>alert(1)</script>', 'javascript:alert(1)', 'Q0', 'a@', 'x'.repeat(5000)]

/** An id of no document, of the collection's id type. */
const nowhere = (sample: unknown) => (typeof sample === 'string' ? 'ffffffffffffffffffffffff' : 99999999)

function relationshipValues(field: DataField, refs: Refs, allOptions: string[]): [string, unknown, string][] {
  if (field.type !== 'relationship' && field.type !== 'upload') return []
  const slug = [field.relationTo].flat()[0]
  const own = new Set(refs.ids[slug] ?? [])
  const sample = [...own][0] ?? Object.values(refs.ids).flat()[0]
  const foreign = Object.entries(refs.ids).flatMap(([other, ids]) =>
    other === slug ? [] : ids.filter((id) => !own.has(id)),
  )
  const wrap = (value: unknown) => (field.hasMany ? [value] : value)
  const values: [string, unknown, string][] = [
    ['no such id', wrap(nowhere(sample)), 'relationship id'],
    ['id with junk after', wrap(`${sample}abc`), 'relationship id'],
    ['id with junk before', wrap(`x${sample}`), 'relationship id'],
    ['an object of another collection', wrap({ relationTo: 'users', value: sample }), 'relationship id'],
    ['a populated document of no id', wrap({ id: nowhere(sample) }), 'relationship id'],
    ['an option name', wrap(allOptions[0]), 'relationship id'],
  ]
  if (foreign[0] !== undefined) values.push(['an id of another collection', wrap(foreign[0]), 'relationship id'])
  if (!field.hasMany) values.push(['a list where one id belongs', [sample], 'JSON type'])
  else values.push(['a list of lists', [[sample]], 'JSON type'])
  return values
}

function valuesOfKind(field: DataField, allOptions: string[]): [string, unknown, string][] {
  const options = optionValues(field)
  const many = 'hasMany' in field && field.hasMany
  const wrap = (value: unknown) => (many ? [value] : value)
  switch (field.type) {
    case 'select':
    case 'radio': {
      const foreign = allOptions.filter((option) => !options.includes(option)).slice(0, 3)
      const near = [options[0].toUpperCase(), ` ${options[0]}`, `${options[0]}x`].filter(
        (value) => !options.includes(value),
      )
      const values: [string, unknown, string][] = [...foreign, ...near].map((value) => [
        JSON.stringify(value),
        wrap(value),
        'outside options',
      ])
      if (many) values.push(['an option twice', [options[0], options[0]], 'outside options'])
      return values
    }
    case 'number': {
      const out: [string, unknown, string][] = []
      if (typeof field.min === 'number')
        out.push(
          [`below ${field.min}`, wrap(field.min - 1), 'out of range'],
          ['far below', wrap(field.min - 1e9), 'out of range'],
        )
      if (typeof field.max === 'number')
        out.push(
          [`above ${field.max}`, wrap(field.max + 0.5), 'out of range'],
          ['far above', wrap(field.max + 1e9), 'out of range'],
        )
      return out
    }
    case 'date':
      return DATES.map((value) => [JSON.stringify(value), value, 'unparseable date'])
    case 'richText':
      return RICH_TEXT_NONSENSE.map(([label, value]) => [label, value, 'nested nonsense'])
    case 'point':
      return POINT_NONSENSE.map(([label, value]) => [label, value, 'out of range'])
    case 'array':
    case 'blocks':
      return [
        ['rows of numbers', [1, 2], 'nested nonsense'],
        ['a row count', 3, 'nested nonsense'],
        ['rows of lists', [['x']], 'nested nonsense'],
      ]
    case 'group':
    case 'tab':
      return [['a list of objects', [{}], 'nested nonsense']]
    default:
      return []
  }
}

/** Every bad value of `field`, with what makes it bad. */
export async function badValues(
  field: DataField,
  refs: Refs,
  allOptions: string[],
  req: PayloadRequest,
): Promise<Bad[]> {
  const out: Bad[] = []
  for (const [label, value] of JSON_VALUES)
    if (!takes(field, value)) out.push({ value, label: `JSON ${label}`, kind: 'JSON type', draft: true })
  for (const [label, value, kind] of [
    ...valuesOfKind(field, allOptions),
    ...relationshipValues(field, refs, allOptions),
  ])
    // A number out of range is work in progress a draft keeps (the admin's input makes one); a
    // value outside a closed set (options, documents, points on the globe) is not.
    out.push({ value, label, kind, draft: kind !== 'out of range' || field.type === 'point' })
  if (TEXT.has(field.type) && !('hasMany' in field && field.hasMany))
    for (const value of STRINGS)
      if (await fieldRefuses(field, value, req))
        out.push({ value, label: JSON.stringify(value).slice(0, 30), kind: 'validator', draft: false })
  if (field.type === 'date' && (await fieldRefuses(field, '2999-01-01T00:00:00.000Z', req)))
    out.push({ value: '2999-01-01T00:00:00.000Z', label: 'a date in the future', kind: 'validator', draft: false })
  // A required field left empty: refused on publishing; a draft may be incomplete. Fields whose
  // hooks fill in an empty value (a slug made from the name) are left out.
  const container = ['group', 'tab', 'array', 'blocks'].includes(field.type)
  if ((field as Loose).required && !container && !(await fillsEmpty(field, req)))
    out.push({ value: null, label: 'empty where required', kind: 'required', draft: false })
  return out
}

/** Every option of every select and radio field, to offer one field another's. */
export const allOptionValues = (fields: DataField[]): string[] => [...new Set(fields.flatMap(optionValues))]
