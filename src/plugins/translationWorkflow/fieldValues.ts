import type { Field, TabAsField } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, rowFields, subFields } from '@/fields/fieldTree'

/**
 * Walks a document along its field config. Polish content and translations live in the localized
 * fields; everything else (dates, coordinates, status, slugs) is shared by all languages.
 */

/** Fields whose value the translation workflow sets itself; never compared or counted. */
export const isTrackingField = (field: Field | TabAsField): boolean => Boolean(field.custom?.translationTracking)

export const hasLocalizedDescendant = (field: Field | TabAsField): boolean =>
  fieldIsLocalized(field) || subFields(field).some(hasLocalizedDescendant)

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const relationId = (value: any): unknown => {
  if (value && typeof value === 'object') {
    if ('relationTo' in value) return `${value.relationTo}:${String(relationId(value.value))}`
    return 'id' in value ? String(value.id) : value
  }
  return blank(value) ? null : String(value)
}

/**
 * The language-independent part of a value, in a canonical form so that what the admin sends back
 * unchanged (a date string, a number as text, a populated upload) compares equal to what is stored.
 */
export function sharedValue(field: Field | TabAsField, value: any): unknown {
  if (fieldIsLocalized(field)) return undefined
  const many = (normalize: (v: any) => unknown) => (Array.isArray(value) ? value.map(normalize) : normalize(value))
  switch (field.type) {
    case 'date':
      return blank(value) ? null : Number.isNaN(Date.parse(value)) ? String(value) : new Date(value).toISOString()
    case 'number':
      return many((v) => (blank(v) ? null : Number(v)))
    case 'checkbox':
      return Boolean(value)
    case 'relationship':
    case 'upload':
      return blank(value) ? null : many(relationId)
    case 'group':
    case 'tab':
      return sharedValues(field.fields, value ?? {})
    case 'array':
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => ({
            id: row?.id ?? null,
            ...(field.type === 'blocks' ? { blockType: row?.blockType } : {}),
            ...sharedValues(rowFields(field, row) ?? [], row ?? {}),
          }))
        : []
    default:
      return blank(value) ? null : typeof value === 'object' ? JSON.stringify(value) : value
  }
}

/** `sharedValue` of every field keeping a value in `data`. */
export const sharedValues = (fields: Field[], data: any): Record<string, unknown> =>
  Object.fromEntries(
    dataFields(fields)
      .filter((field) => !isTrackingField(field) && !fieldIsLocalized(field))
      .map((field) => [field.name, sharedValue(field, data?.[field.name])]),
  )

/**
 * The localized values of a document as `[path, value]` pairs. `pick` reads a localized value:
 * identity for a document read in one locale, `v => v?.[locale]` for one read with `locale: 'all'`.
 */
export function localizedEntries(
  fields: Field[],
  data: any,
  pick: (value: any) => unknown,
  prefix = '',
): [string, unknown][] {
  const entries: [string, unknown][] = []
  for (const field of dataFields(fields)) {
    if (isTrackingField(field) || !hasLocalizedDescendant(field)) continue
    const path = `${prefix}${field.name}`
    const value = data?.[field.name]
    if (fieldIsLocalized(field)) entries.push([path, pick(value)])
    else if (field.type === 'array' || field.type === 'blocks') {
      for (const row of value ?? []) {
        const fields = rowFields(field, row)
        if (fields) entries.push(...localizedEntries(fields, row, pick, `${path}.${row?.id}.`))
      }
    } else entries.push(...localizedEntries(subFields(field), value, pick, `${path}.`))
  }
  return entries
}

/** Whether a localized value holds anything a reader would see (rich text: any non-blank text). */
export function hasContent(value: unknown): boolean {
  if (blank(value)) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object' && 'root' in (value as object)) return richTextSignature(value).trim() !== ''
  return true
}

/**
 * What a translator translates in a Lexical value: its text, links and structure. Editor-internal
 * attributes (indent, direction, format version) change on re-save without changing the text.
 */
function richTextSignature(value: any): string {
  const walk = (node: any): string => {
    if (!node || typeof node !== 'object') return ''
    if (typeof node.text === 'string') return node.text
    const url = node.fields?.url ?? node.url
    const inner = (node.children ?? []).map(walk).join('')
    return node.type === 'root' ? inner : `<${node.type}${node.tag ?? ''}${url ? ` ${url}` : ''}>${inner}</>`
  }
  return walk(value?.root)
}

/** A canonical form of a localized value for hashing. */
export const contentSignature = (value: unknown): unknown =>
  value && typeof value === 'object' && 'root' in (value as object)
    ? richTextSignature(value)
    : blank(value)
      ? null
      : value
