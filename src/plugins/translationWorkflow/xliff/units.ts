import { createHash } from 'node:crypto'

import type { Field, TabAsField } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { dataFields, rowFields, subFields } from '@/fields/fieldTree'
import { defaultLocale } from '@/i18n/locales'

import { hasLocalizedDescendant, isTrackingField } from '../fieldValues'
import { type InlineRefs, toXliff } from './inline'
import { hasText, segmentSource, segments, shape } from './richText'
import { inlineXml, text, type XmlNode } from './xml'

/**
 * The trans-units of a document read with `locale: 'all'`: one per localized text, textarea and
 * rich text segment with Polish text. Ids are field paths (array rows by row id) and, for rich
 * text, `#` and the segment's place: `statusHistory.<row id>.note`, `content#3.1`.
 */
export type Unit = {
  id: string
  fieldPath: string
  /** Rich text only: the segment's place in the tree. */
  segment?: string
  label: string
  source: XmlNode[]
  /** Rich text only: the Polish node behind each tag id. */
  refs: InlineRefs
  /** A fingerprint of the Polish source: a unit exported before it changed is stale. */
  hash: string
  /** The translation as a target, when there is one matching the source's tags. */
  target: XmlNode[] | null
  /** The translation as stored: the text, or the rich text segment's nodes. */
  current: unknown
  /** Rich text only: the field's Polish value, the tree a translation is rebuilt on. */
  polish?: unknown
}

const TRANSLATABLE = new Set(['text', 'textarea', 'richText'])

const isTranslatable = (field: Field | TabAsField) =>
  fieldIsLocalized(field) && TRANSLATABLE.has(field.type) && !(field as { hasMany?: boolean }).hasMany

export const fingerprint = (value: string): string =>
  createHash('sha256').update(value).digest('base64url').slice(0, 16)

const labelOf = (field: Field | TabAsField, language: string): string => {
  const label = (field as { label?: unknown }).label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[language] ?? byLanguage[defaultLocale] ?? Object.values(byLanguage)[0]
  }
  return ('name' in field && field.name) || ''
}

type Entry = { path: string; field: Field | TabAsField; label: string; value: any }

function translatableEntries(
  fields: Field[],
  data: any,
  language: string,
  prefix = '',
  labels: string[] = [],
): Entry[] {
  const entries: Entry[] = []
  for (const field of dataFields(fields)) {
    if (isTrackingField(field) || !hasLocalizedDescendant(field)) continue
    const path = `${prefix}${field.name}`
    const label = [...labels, labelOf(field, language)].filter(Boolean)
    const value = data?.[field.name]
    if (fieldIsLocalized(field)) {
      if (isTranslatable(field)) entries.push({ path, field, label: label.join(' › '), value })
    } else if (field.type === 'array' || field.type === 'blocks') {
      ;(value ?? []).forEach((row: any, index: number) => {
        const inner = rowFields(field, row)
        const rowLabel = [...label.slice(0, -1), `${label.at(-1)} ${index + 1}`]
        if (inner) entries.push(...translatableEntries(inner, row, language, `${path}.${row?.id}.`, rowLabel))
      })
    } else entries.push(...translatableEntries(subFields(field), value, language, `${path}.`, label))
  }
  return entries
}

export function documentUnits(fields: Field[], doc: any, locale: string, language = defaultLocale): Unit[] {
  const units: Unit[] = []
  for (const { path, field, label, value } of translatableEntries(fields, doc, language)) {
    const polish = value?.[defaultLocale]
    const translation = value?.[locale]
    if (field.type !== 'richText') {
      if (typeof polish !== 'string' || !polish.trim()) continue
      const current = typeof translation === 'string' ? translation : null
      const target = current?.trim() ? [text(current)] : null
      units.push({
        id: path,
        fieldPath: path,
        label,
        source: [text(polish)],
        refs: new Map(),
        hash: fingerprint(polish),
        target,
        current,
      })
      continue
    }
    // Translated segments are known only while the translation has the Polish text's shape.
    const aligned = shape(polish) === shape(translation)
    const translated = new Map(aligned ? segments(translation).map(({ path, node }) => [path, node]) : [])
    for (const { path: segment, node } of segments(polish)) {
      if (!hasText(node)) continue
      const { nodes, refs } = segmentSource(node)
      const mine = translated.get(segment)
      const target = mine && hasText(mine) ? (toXliff(mine.children, refs)?.nodes ?? null) : null
      units.push({
        id: `${path}#${segment}`,
        fieldPath: path,
        segment,
        label: `${label} (${node.tag ?? node.type})`,
        source: nodes,
        refs,
        hash: fingerprint(`${node.type}:${node.tag ?? ''}:${inlineXml(nodes)}`),
        target,
        current: mine?.children ?? null,
        polish,
      })
    }
  }
  return units
}

/**
 * Whether `id` could name a unit of a document with these fields (any row id, any segment):
 * a unit that could but does not is stale (its row, segment or Polish text is gone).
 */
export function couldBeUnit(fields: Field[], id: string): boolean {
  const [path, segment, ...more] = id.split('#')
  if (more.length || (segment !== undefined && !/^\d+(\.\d+)*$/.test(segment))) return false
  const walk = (fields: Field[], parts: string[]): boolean => {
    const field = dataFields(fields).find((f) => f.name === parts[0])
    if (!field || isTrackingField(field)) return false
    if (fieldIsLocalized(field))
      return parts.length === 1 && isTranslatable(field) && (field.type === 'richText') === (segment !== undefined)
    if (field.type === 'array' || field.type === 'blocks')
      return parts.length > 2 && walk(subFields(field), parts.slice(2))
    return walk(subFields(field), parts.slice(1))
  }
  return walk(fields, path.split('.'))
}

/** Puts `value` at a unit's field path in `data` (a document read in one locale); false if the row is gone. */
export function setAt(fields: Field[], data: any, path: string, value: unknown): boolean {
  const [name, ...rest] = path.split('.')
  const field = dataFields(fields).find((f) => f.name === name)
  if (!field || !data) return false
  if (rest.length === 0) {
    data[name] = value
    return true
  }
  if (field.type === 'array' || field.type === 'blocks') {
    const [rowId, ...inner] = rest
    const row = (data[name] ?? []).find((r: any) => String(r?.id) === rowId)
    return Boolean(row) && setAt(rowFields(field, row) ?? [], row, inner.join('.'), value)
  }
  data[name] ??= {}
  return setAt(subFields(field), data[name], rest.join('.'), value)
}
