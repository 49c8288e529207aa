import type { Field } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, type DataField, rowFields } from '@/fields/fieldTree'

import { isObject } from './values'

type BodyValue = {
  field: DataField
  value: unknown
  /** The value's path in the body: `statusHistory.0.status`, `name.de` with locale=all. */
  name: string
  /** The object the value sits in, beside its neighbours. */
  siblings: Record<string, unknown>
  /** With locale=all, a localized field's value that is not one value per language. */
  notPerLanguage?: true
}

/**
 * Every value a body sends for a field, at any depth: a group's or row's value before the values
 * inside it (listed only when it has the right shape), and with locale=all (`allLocales`) each
 * language's value of a localized field; inside that nothing is localized again. Keys naming no
 * field are left out.
 */
export function bodyValues(fields: Field[], data: Record<string, unknown>, allLocales = false, path = ''): BodyValue[] {
  return dataFields(fields).flatMap((field) => {
    const value = data[field.name]
    if (value === undefined) return []
    const name = `${path}${field.name}`
    if (!allLocales || !fieldIsLocalized(field)) return withInside(field, value, name, data, allLocales)
    if (!isObject(value))
      return value === null ? [] : [{ field, value, name, siblings: data, notPerLanguage: true as const }]
    return Object.entries(value).flatMap(([locale, inner]) =>
      withInside(field, inner, `${name}.${locale}`, data, false),
    )
  })
}

function withInside(
  field: DataField,
  value: unknown,
  name: string,
  siblings: Record<string, unknown>,
  allLocales: boolean,
): BodyValue[] {
  const self = { field, value, name, siblings }
  if ((field.type === 'group' || field.type === 'tab') && isObject(value))
    return [self, ...bodyValues(field.fields, value, allLocales, `${name}.`)]
  if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value))
    return [
      self,
      ...value.flatMap((row, index) =>
        isObject(row) ? bodyValues(rowFields(field, row) ?? [], row, allLocales, `${name}.${index}.`) : [],
      ),
    ]
  return [self]
}
