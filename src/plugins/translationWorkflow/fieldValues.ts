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

/** A localized field of a document: its path (array rows by id), the labels leading to it and its value. */
export type LocalizedLeaf = { path: string; field: Field | TabAsField; labels: string[]; value: unknown }

const labelOf = (field: Field | TabAsField, language: string): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const labels = label as Record<string, string>
    return labels[language] ?? labels.pl ?? Object.values(labels)[0] ?? ''
  }
  return ('name' in field && field.name) || ''
}

/**
 * Every localized field of a document, at any depth, with the labels of the fields around it in
 * `language` (an array row as its number). Values are as stored in `data`: one language's or all.
 */
export function localizedLeaves(
  fields: Field[],
  data: any,
  language = 'pl',
  prefix = '',
  labels: string[] = [],
): LocalizedLeaf[] {
  const leaves: LocalizedLeaf[] = []
  for (const field of dataFields(fields)) {
    if (isTrackingField(field) || !hasLocalizedDescendant(field)) continue
    const path = `${prefix}${field.name}`
    const value = data?.[field.name]
    const here = [...labels, labelOf(field, language)]
    if (fieldIsLocalized(field)) leaves.push({ path, field, labels: here, value })
    else if (field.type === 'array' || field.type === 'blocks') {
      ;(Array.isArray(value) ? value : []).forEach((row, index) => {
        const fields = rowFields(field, row)
        if (fields)
          leaves.push(...localizedLeaves(fields, row, language, `${path}.${row?.id}.`, [...here, `${index + 1}`]))
      })
    } else leaves.push(...localizedLeaves(subFields(field), value, language, `${path}.`, here))
  }
  return leaves
}

/**
 * The localized values of a document as `[path, value]` pairs. `pick` reads a localized value:
 * identity for a document read in one locale, `v => v?.[locale]` for one read with `locale: 'all'`.
 */
export const localizedEntries = (fields: Field[], data: any, pick: (value: any) => unknown): [string, unknown][] =>
  localizedLeaves(fields, data).map(({ path, value }) => [path, pick(value)])

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
