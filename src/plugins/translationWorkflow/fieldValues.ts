import type { Field } from 'payload'

/**
 * Walks a document along its field config. Polish content and translations live in the localized
 * fields; everything else (dates, coordinates, status, slugs) is shared by all languages.
 */

type Named = Field & { name: string }
const isNamed = (field: Field): field is Named => 'name' in field && typeof field.name === 'string'

/** Fields whose value the translation workflow sets itself; never compared or counted. */
export const isTrackingField = (field: Field): boolean => Boolean((field as any).custom?.translationTracking)

export function hasLocalizedDescendant(field: Field): boolean {
  if ((field as any).localized) return true
  if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some(hasLocalizedDescendant))
  if (field.type === 'blocks') return (field.blocks ?? []).some((block) => block.fields.some(hasLocalizedDescendant))
  if ('fields' in field && Array.isArray(field.fields)) return field.fields.some(hasLocalizedDescendant)
  return false
}

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
export function sharedValue(field: Field, value: any): unknown {
  if ((field as any).localized) return undefined
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
    case 'row':
    case 'collapsible':
      return sharedValues(field.fields, isNamed(field) ? (value ?? {}) : value)
    case 'array':
      return Array.isArray(value)
        ? value.map((row) => ({ id: row?.id ?? null, ...(sharedValues(field.fields, row ?? {}) as object) }))
        : []
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            const block = (field.blocks ?? []).find((b) => b.slug === row?.blockType)
            return {
              id: row?.id ?? null,
              blockType: row?.blockType,
              ...(block ? (sharedValues(block.fields, row) as object) : {}),
            }
          })
        : []
    case 'ui':
      return undefined
    default:
      return blank(value) ? null : typeof value === 'object' ? JSON.stringify(value) : value
  }
}

/** `sharedValue` for every named field of `fields`, unnamed containers flattened. */
export function sharedValues(fields: Field[], data: any): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (isTrackingField(field) || (field as any).localized) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out[tab.name] = sharedValues(tab.fields, data?.[tab.name] ?? {})
        else Object.assign(out, sharedValues(tab.fields, data))
      }
    } else if (isNamed(field)) {
      out[field.name] = sharedValue(field, data?.[field.name])
    } else if ('fields' in field && Array.isArray(field.fields)) {
      Object.assign(out, sharedValues(field.fields, data))
    }
  }
  return out
}

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
  for (const field of fields) {
    if (isTrackingField(field) || !hasLocalizedDescendant(field)) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        entries.push(
          ...localizedEntries(
            tab.fields,
            named ? data?.[tab.name!] : data,
            pick,
            named ? `${prefix}${tab.name}.` : prefix,
          ),
        )
      }
    } else if ((field as any).localized && isNamed(field)) {
      entries.push([`${prefix}${field.name}`, pick(data?.[field.name])])
    } else if (field.type === 'array' && isNamed(field)) {
      for (const row of data?.[field.name] ?? [])
        entries.push(...localizedEntries(field.fields, row, pick, `${prefix}${field.name}.${row?.id}.`))
    } else if (field.type === 'blocks' && isNamed(field)) {
      for (const row of data?.[field.name] ?? []) {
        const block = (field.blocks ?? []).find((b) => b.slug === row?.blockType)
        if (block) entries.push(...localizedEntries(block.fields, row, pick, `${prefix}${field.name}.${row?.id}.`))
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      const named = isNamed(field)
      entries.push(
        ...localizedEntries(
          field.fields,
          named ? data?.[field.name] : data,
          pick,
          named ? `${prefix}${field.name}.` : prefix,
        ),
      )
    }
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
export function richTextSignature(value: any): string {
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
