import type { ArrayField, BlocksField, Field, FieldAffectingData, TabAsField } from 'payload'
import { fieldAffectsData, fieldHasSubFields, flattenTopLevelFields, tabHasName } from 'payload/shared'

/**
 * Payload's field tree as documents store it. Rows, collapsibles, unnamed groups and unnamed tabs
 * only arrange the form: their fields keep their values beside their own. Payload's own
 * `traverseFields` is no help here: it fills in missing containers and expands dotted keys of the
 * data it walks, and it names array rows by neither index nor id.
 */

/** A field keeping its value under its name; a named tab is one (a `tab` field). */
export type DataField = FieldAffectingData & { name: string }

/** The fields keeping their values side by side in one object of a document. */
export const dataFields = (fields: Field[]): DataField[] =>
  flattenTopLevelFields(fields).filter(fieldAffectsData) as DataField[]

/** The fields of one row of an array or blocks field: for blocks, those of the row's `blockType`. */
export const rowFields = (field: ArrayField | BlocksField, row: unknown): Field[] | undefined =>
  field.type === 'array'
    ? field.fields
    : field.blocks.find((block) => block.slug === (row as { blockType?: unknown } | null)?.blockType)?.fields

/** The fields directly inside `field`: a group's, row's, collapsible's or array's, each tab's and each block's. */
export function subFields(field: Field | TabAsField): Field[] {
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => tab.fields)
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.fields)
  return fieldHasSubFields(field) || field.type === 'tab' ? field.fields : []
}

/**
 * `field` with each list of fields directly inside it replaced by `map(list, ownObject)`, where
 * `ownObject` says whether that list keeps its values in an object of its own (a named tab, a
 * group, an array or block row) rather than beside `field`'s.
 */
export function mapSubFields(field: Field, map: (fields: Field[], ownObject: boolean) => Field[]): Field {
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: map(tab.fields, tabHasName(tab)) })) }
  if (field.type === 'blocks')
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: map(block.fields, true) })) }
  return fieldHasSubFields(field) ? ({ ...field, fields: map(field.fields, fieldAffectsData(field)) } as Field) : field
}
