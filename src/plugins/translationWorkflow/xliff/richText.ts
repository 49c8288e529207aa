import { toXliff, type InlineRefs } from './inline'
import type { XmlNode } from './xml'

/**
 * Rich text (Lexical JSON) cut into segments a CAT tool translates one by one: every block holding
 * text (paragraph, heading, list item, quote…), named by its place in the tree (`3.1`: the second
 * item of the fourth block). Everything else (lists, rules, uploads, the blocks themselves) stays
 * as in Polish, so a translation rebuilt on the Polish tree keeps its structure.
 */

type LexicalNode = Record<string, any>

const INLINE = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'inlineBlock'])

const isSegment = (node: LexicalNode) =>
  Array.isArray(node?.children) && node.children.some((child: LexicalNode) => INLINE.has(child?.type))

export type Segment = { path: string; node: LexicalNode }

export function segments(value: any): Segment[] {
  const found: Segment[] = []
  const walk = (node: LexicalNode, path: string) => {
    if (isSegment(node)) found.push({ path, node })
    else if (Array.isArray(node?.children))
      node.children.forEach((child: LexicalNode, i: number) => walk(child, path ? `${path}.${i}` : String(i)))
  }
  if (value?.root) walk(value.root, '')
  return found
}

/** Whether a segment holds anything to translate (not only spaces, breaks or an image). */
export const hasText = (node: LexicalNode): boolean =>
  (node.children ?? []).some((child: LexicalNode) =>
    typeof child.text === 'string' ? child.text.trim() !== '' : hasText(child),
  )

/** The shape of the tree without its text: two values of one shape have the same segments. */
export function shape(value: any): string {
  const walk = (node: LexicalNode): string => {
    const kind = `${node?.type}:${node?.tag ?? ''}:${node?.listType ?? ''}`
    if (isSegment(node)) return `${kind}[]`
    if (Array.isArray(node?.children)) return `${kind}(${node.children.map(walk).join(',')})`
    const { version: _v, direction: _d, format: _f, indent: _i, ...rest } = node ?? {}
    return JSON.stringify(rest)
  }
  return value?.root ? walk(value.root) : ''
}

/** A segment's source: its inline XLIFF and the Polish node behind each tag id. */
export const segmentSource = (node: LexicalNode): { nodes: XmlNode[]; refs: InlineRefs } => toXliff(node.children)!

/**
 * The translation of a rich text: the Polish tree with each segment's children from `children`
 * (by path); a segment without one keeps its Polish content when it has no text, and is left empty
 * otherwise, so the translation keeps the Polish structure and shows no Polish.
 */
export function rebuild(polish: any, children: Map<string, LexicalNode[]>): any {
  const copy = structuredClone(polish)
  for (const { path, node } of segments(copy)) {
    const translated = children.get(path)
    if (translated) node.children = translated
    else if (hasText(node)) node.children = []
  }
  return copy
}
