import { attr, childrenOf, element, nameOf, text, type XmlNode } from './xml'

/**
 * Lexical's inline nodes as XLIFF 1.2 inline elements. A formatted text run and a link are a
 * `<g>`, a line break or anything else inline an `<x/>`; each numbered within its segment. The
 * attributes (formats, styles, link targets) never leave the server: on import each id is looked
 * up in the Polish source, so a CAT tool shows tags, not markup, and cannot change a link.
 */

type LexicalNode = Record<string, any>

/** The Polish inline node each id of a segment stands for. */
export type InlineRefs = Map<string, LexicalNode>

const FORMATS = ['bold', 'italic', 'strikethrough', 'underline', 'code', 'subscript', 'superscript', 'highlight']
// XLIFF 1.2's own names where it has one; the rest are extensions (x-…).
const CTYPE: Record<string, string> = { bold: 'bold', italic: 'italic', underline: 'underlined' }

const isLink = (node: LexicalNode) => Array.isArray(node.children) && ['link', 'autolink'].includes(node.type)
const isPlainText = (node: LexicalNode) => node.type === 'text' && !node.format && !node.style

function ctypeOf(node: LexicalNode): string {
  if (isLink(node)) return 'link'
  if (node.type === 'linebreak') return 'lb'
  if (node.type !== 'text') return `x-${String(node.type).replace(/[^\w-]/g, '')}`
  const names = FORMATS.filter((_, bit) => node.format & (1 << bit))
  if (names.length === 1 && CTYPE[names[0]]) return CTYPE[names[0]]
  return `x-${[...names, ...(node.style ? ['style'] : [])].join('-') || 'text'}`
}

/** What makes two inline elements the same tag: their kind and attributes, not their text. */
function tagKey(node: LexicalNode): string {
  const { children: _c, text: _t, version: _v, id: _id, ...rest } = node
  return JSON.stringify(rest)
}

/**
 * A segment's inline nodes as XLIFF. `refs` given (a translation): each tag takes the id of the
 * first unused Polish node of the same kind and attributes, and the answer is null when one has none.
 */
export function toXliff(children: LexicalNode[], refs?: InlineRefs): { nodes: XmlNode[]; refs: InlineRefs } | null {
  const own: InlineRefs = new Map()
  const unused = refs ? [...refs.entries()] : []
  let next = 0
  const idFor = (node: LexicalNode): string | null => {
    if (!refs) return String(++next)
    const index = unused.findIndex(([, ref]) => tagKey(ref) === tagKey(node))
    return index < 0 ? null : unused.splice(index, 1)[0][0]
  }
  const walk = (nodes: LexicalNode[]): XmlNode[] | null => {
    const out: XmlNode[] = []
    for (const node of nodes) {
      if (isPlainText(node)) {
        if (node.text) out.push(text(node.text))
        continue
      }
      const id = idFor(node)
      if (id === null) return null
      own.set(id, node)
      const ctype = ctypeOf(node)
      if (node.type === 'text') out.push(element('g', { id, ctype }, node.text ? [text(node.text)] : []))
      else if (isLink(node)) {
        const inner = walk(node.children)
        if (!inner) return null
        out.push(element('g', { id, ctype }, inner))
      } else out.push(element('x', { id, ctype }))
    }
    return out
  }
  const nodes = walk(children)
  if (!nodes || unused.length) return null
  return { nodes, refs: own }
}

export class MarkupMismatch extends Error {}

const plain = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  detail: 0,
  mode: 'normal',
  version: 1,
})

/**
 * A target's inline XLIFF as Lexical nodes, each tag rebuilt from the Polish node its id names.
 * Tags may move and nest differently (word order differs), but each must be there once, with its
 * element (`g` or `x`), and a link cannot hold a link: otherwise a `MarkupMismatch` naming it.
 */
export function fromXliff(nodes: XmlNode[], refs: InlineRefs): LexicalNode[] {
  const used = new Set<string>()
  const take = (node: XmlNode, name: string): LexicalNode => {
    const id = attr(node, 'id') ?? ''
    const ref = refs.get(id)
    const kind = ref && (ref.type === 'text' || isLink(ref) ? 'g' : 'x')
    if (!ref) throw new MarkupMismatch(`<${name} id="${id}"> is not in the source`)
    if (kind !== name) throw new MarkupMismatch(`id ${id} is a <${kind}> in the source, not a <${name}>`)
    if (used.has(id)) throw new MarkupMismatch(`<${name} id="${id}"> appears twice`)
    used.add(id)
    return ref
  }
  // `format` collects the text formats of the <g>s a run of text is inside.
  const walk = (nodes: XmlNode[], format: LexicalNode | null, inLink: boolean): LexicalNode[] =>
    nodes.flatMap((node): LexicalNode[] => {
      const name = nameOf(node)
      if (name === undefined) {
        const value = node['#text']
        if (!value) return []
        return [format ? { ...format, text: value } : plain(value)]
      }
      // Segmentation marks some CAT tools add: their content counts, they do not.
      if (name === 'mrk') return walk(childrenOf(node), format, inLink)
      if (name !== 'g' && name !== 'x') throw new MarkupMismatch(`<${name}> is not an inline element this file uses`)
      const ref = take(node, name)
      if (name === 'x') return [structuredClone(ref)]
      if (isLink(ref)) {
        if (inLink) throw new MarkupMismatch(`link <g id="${attr(node, 'id')}"> is inside another link`)
        return [{ ...structuredClone(ref), children: walk(childrenOf(node), format, true) }]
      }
      const merged = format
        ? { ...ref, format: (format.format | ref.format) >>> 0, style: ref.style || format.style }
        : ref
      return walk(childrenOf(node), { ...merged, text: '' }, inLink)
    })
  const result = walk(nodes, null, false)
  const missing = [...refs.keys()].filter((id) => !used.has(id))
  if (missing.length) throw new MarkupMismatch(`the source's tags with id ${missing.join(', ')} are missing`)
  return result
}

/** The text, formats and links of inline nodes: what "unchanged" compares. */
export const inlineKey = (nodes: LexicalNode[]): string =>
  JSON.stringify(
    nodes.map((node) => [
      tagKey(node),
      node.text ?? null,
      Array.isArray(node.children) ? inlineKey(node.children) : null,
    ]),
  )
