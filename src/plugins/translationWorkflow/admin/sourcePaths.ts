import type { ClientField } from 'payload'

/**
 * Between the admin's form and the document as the API returns it with `locale=all`. The form names
 * array rows by index (`statusHistory.0.note`); the stored source and the translation workflow
 * name them by row id (`statusHistory.<rowId>.note`), which survives reordering and deletions.
 */

/** The field types whose Polish text is shown and copied: everything a translator types. */
export const TRANSLATABLE = ['text', 'textarea', 'richText'] as const

/** `statusHistory.0.note` → `statusHistory.<id of row 0>.note`; null while a row's id is unknown. */
export function dataPath(formPath: string, rowId: (rowPath: string) => unknown): string | null {
  const segments = formPath.split('.')
  const out: string[] = []
  for (const [index, segment] of segments.entries()) {
    if (!/^\d+$/.test(segment)) {
      out.push(segment)
      continue
    }
    const id = rowId(segments.slice(0, index + 1).join('.'))
    if (id === undefined || id === null || id === '') return null
    out.push(String(id))
  }
  return out.join('.')
}

/** The form paths of the row ids `dataPath` needs for `formPath`. */
export const rowIdPaths = (formPath: string): string[] =>
  formPath
    .split('.')
    .flatMap((segment, index, all) => (/^\d+$/.test(segment) ? [`${all.slice(0, index + 1).join('.')}.id`] : []))

/**
 * The value at a data path of a document read with `locale=all`, in `locale`. Rows are found by id;
 * the last segment is the localized field, whose value is a map of languages.
 */
export function valueIn(doc: unknown, path: string, locale: string): unknown {
  let value: any = doc
  for (const segment of path.split('.')) {
    if (Array.isArray(value)) value = value.find((row) => String(row?.id) === segment)
    else value = value?.[segment]
  }
  return value?.[locale]
}

export const isRichText = (value: unknown): value is { root: any } =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/** The words of a value: a string as it is, rich text block by block, one line each. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!isRichText(value)) return ''
  const blocks: string[] = []
  const walk = (node: any): string => {
    if (typeof node?.text === 'string') return node.text
    if (node?.type === 'linebreak') return '\n'
    return (node?.children ?? []).map(walk).join('')
  }
  const visit = (node: any) => {
    // A list is one block per item; every other top-level node (paragraph, heading, quote) is one.
    if (node?.type === 'list') node.children?.forEach((item: any) => blocks.push(walk(item)))
    else blocks.push(walk(node))
  }
  value.root.children?.forEach(visit)
  return blocks.join('\n')
}

export const isBlank = (value: unknown): boolean => plainText(value).trim() === ''

type FormFields = Record<string, { value?: unknown; rows?: unknown[] } | undefined>

/**
 * The form paths of every translatable localized field in `fields` (a document's client config),
 * rows included. Localized containers (a localized group or array) would copy as a whole; this
 * project has none, so they are left out rather than half-handled.
 */
export function translatablePaths(fields: ClientField[], form: FormFields, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        paths.push(...translatablePaths(tab.fields, form, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      paths.push(...translatablePaths(field.fields, form, prefix))
      continue
    }
    if (!('name' in field) || !field.name) continue
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) {
      if ((TRANSLATABLE as readonly string[]).includes(field.type)) paths.push(path)
      continue
    }
    if (field.type === 'group') paths.push(...translatablePaths(field.fields, form, `${path}.`))
    if (field.type === 'array') {
      const rows = form[path]?.rows?.length ?? Number(form[path]?.value ?? 0)
      for (let index = 0; index < rows; index++)
        paths.push(...translatablePaths(field.fields, form, `${path}.${index}.`))
    }
    if (field.type === 'blocks') {
      const rows = form[path]?.rows?.length ?? Number(form[path]?.value ?? 0)
      for (let index = 0; index < rows; index++) {
        const blockType = form[`${path}.${index}.blockType`]?.value
        const block = field.blocks?.find((b) => b.slug === blockType)
        if (block) paths.push(...translatablePaths(block.fields, form, `${path}.${index}.`))
      }
    }
  }
  return paths
}
