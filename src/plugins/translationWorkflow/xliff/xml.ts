import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * XML in fast-xml-parser's ordered form, which keeps mixed content (text between inline elements)
 * in order: `{ '#text': 'a' }` or `{ g: [children], ':@': { id: '1' } }`.
 */
export type XmlNode = { '#text'?: string; ':@'?: Record<string, string> } & Record<string, any>

export const text = (value: string): XmlNode => ({ '#text': value })
export const element = (name: string, attributes: Record<string, string>, children: XmlNode[] = []): XmlNode => ({
  [name]: children,
  ...(Object.keys(attributes).length ? { ':@': attributes } : {}),
})

/** The element's name, or undefined for text (and comments, processing instructions). */
export const nameOf = (node: XmlNode): string | undefined =>
  Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?'))
export const childrenOf = (node: XmlNode): XmlNode[] => {
  const name = nameOf(node)
  return name ? (node[name] as XmlNode[]) : []
}
export const attr = (node: XmlNode, name: string): string | undefined => node[':@']?.[name]

const options = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }

// Empty elements as `<x/>`; text and attributes escaped by the builder.
const builder = new XMLBuilder({ ...options, suppressEmptyNode: true })

export const buildXml = (nodes: XmlNode[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(nodes)}\n`

/** The inline content of a `<source>` or `<target>` as XML text: what two values compare by. */
export const inlineXml = (nodes: XmlNode[]): string => builder.build(nodes)

const parser = new XMLParser({
  ...options,
  // Whitespace in a segment is the translator's: kept as written.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#xA0;), which CAT tools write; fast-xml-parser decodes them only with this.
  htmlEntities: true,
})

const XML_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/

/** The parsed document, or the reason it is not well-formed XML. */
export function parseXml(xml: string): { nodes: XmlNode[] } | { problem: string } {
  // A DTD could declare entities that expand without end; XLIFF needs none.
  if (/<!DOCTYPE/i.test(xml)) return { problem: 'must not contain a DOCTYPE' }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { problem: `is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` }
  const entity = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').match(XML_ENTITY)
  if (entity) return { problem: 'is not well-formed XML: an & that starts no XML entity' }
  return { nodes: parser.parse(xml) as XmlNode[] }
}
