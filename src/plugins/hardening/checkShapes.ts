import type { Field } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, rowFields } from '@/fields/fieldTree'

import { malformed } from '@/errors'
import { isObject } from './values'

const TEXT = new Set(['text', 'textarea', 'email', 'code'])

/**
 * The shapes Payload walks without checking: a list where a list belongs (arrays, blocks, has-many
 * fields), an object where an object belongs (groups, named tabs, rich text). Values are the
 * validators' job. Payload returns 500 here: no upstream issue found (searched 2026-12).
 */
export function checkShapes(fields: Field[], data: Record<string, unknown>, path: string, localized: boolean): void {
  for (const field of dataFields(fields)) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const name = `${path}${field.name}`
    // With locale=all a localized value is an object of languages: its inner shape is Payload's.
    if (localized && fieldIsLocalized(field)) continue
    const many = ('hasMany' in field && field.hasMany) || field.type === 'array' || field.type === 'blocks'
    // The admin's form sends an empty list as its row count, 0.
    if (many && !Array.isArray(value) && !(value === 0 && field.type !== 'select'))
      throw malformed(name, 'must be a list')
    const nested = field.type === 'group' || field.type === 'tab'
    if ((nested || field.type === 'richText') && !isObject(value)) throw malformed(name, 'must be an object')
    if (TEXT.has(field.type) && !many && typeof value !== 'string') throw malformed(name, 'must be text')
    if (nested) checkShapes(field.fields, value as Record<string, unknown>, `${name}.`, localized)
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (!isObject(row)) throw malformed(`${name}.${index}`, 'must be an object')
        checkShapes(rowFields(field, row) ?? [], row, `${name}.${index}.`, localized)
      })
    }
  }
}
