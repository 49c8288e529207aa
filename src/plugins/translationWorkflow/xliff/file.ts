import { defaultLocale } from '@/i18n/locales'

import type { Unit } from './units'
import { attr, buildXml, childrenOf, element, nameOf, parseXml, text, type XmlNode } from './xml'

/** An XLIFF 1.2 file: https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html */

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2'
/** The note holding a unit's source fingerprint; CAT tools keep notes, not always unknown attributes. */
export const HASH_NOTE = 'source-hash'

export type FileOut = { original: string; title: string; units: Unit[]; outdated: boolean }

// Indentation between elements only: text inside <source> and <target> is exactly the segment.
const indented = (depth: number, nodes: XmlNode[]): XmlNode[] => [
  ...nodes.flatMap((node) => [text(`\n${'  '.repeat(depth)}`), node]),
  text(`\n${'  '.repeat(depth - 1)}`),
]

function transUnit(unit: Unit, outdated: boolean): XmlNode {
  const parts = [element('source', {}, unit.source)]
  if (unit.target) {
    const state = outdated ? 'needs-review-translation' : 'translated'
    parts.push(element('target', { state }, unit.target))
  }
  parts.push(element('note', { from: 'field' }, [text(unit.label)]))
  parts.push(element('note', { from: HASH_NOTE, priority: '10' }, [text(unit.hash)]))
  return element('trans-unit', { id: unit.id, 'xml:space': 'preserve' }, indented(4, parts))
}

export function writeXliff(locale: string, files: FileOut[]): string {
  const fileNodes = files.map(({ original, title, units, outdated }) =>
    element(
      'file',
      { original, 'source-language': defaultLocale, 'target-language': locale, datatype: 'plaintext' },
      indented(2, [
        element('header', {}, indented(3, [element('note', { from: 'title' }, [text(title)])])),
        element(
          'body',
          {},
          indented(
            3,
            units.map((unit) => transUnit(unit, outdated)),
          ),
        ),
      ]),
    ),
  )
  return buildXml([element('xliff', { version: '1.2', xmlns: NAMESPACE }, indented(1, fileNodes))])
}

export type UnitIn = { id: string; target: XmlNode[] | null; hash: string | undefined }
export type FileIn = { original: string; sourceLanguage?: string; targetLanguage?: string; units: UnitIn[] }

// A target in these states holds no translation yet (a CAT tool may have copied the source into it).
const UNTRANSLATED = new Set(['new', 'needs-translation'])

const elements = (nodes: XmlNode[], name: string) => nodes.filter((node) => nameOf(node) === name)

function unitsIn(nodes: XmlNode[]): UnitIn[] {
  return nodes.flatMap((node): UnitIn[] => {
    const name = nameOf(node)
    if (name === 'group') return unitsIn(childrenOf(node))
    if (name !== 'trans-unit') return []
    const children = childrenOf(node)
    const target = elements(children, 'target')[0]
    const hashNote = elements(children, 'note').find((note) => attr(note, 'from') === HASH_NOTE)
    const translated = target && !UNTRANSLATED.has(attr(target, 'state') ?? '')
    return [
      {
        id: attr(node, 'id') ?? '',
        target: translated ? childrenOf(target) : null,
        hash: hashNote
          ? childrenOf(hashNote)
              .map((t) => t['#text'] ?? '')
              .join('')
              .trim()
          : undefined,
      },
    ]
  })
}

/** The files and units of an XLIFF 1.2 document, or why it is not one. */
export function readXliff(xml: string): { files: FileIn[] } | { problem: string } {
  const parsed = parseXml(xml)
  if ('problem' in parsed) return parsed
  const root = parsed.nodes.find((node) => nameOf(node) !== undefined)
  if (!root || nameOf(root) !== 'xliff') return { problem: 'is not XLIFF: its root element is not <xliff>' }
  if (attr(root, 'version') !== '1.2')
    return { problem: `is XLIFF ${attr(root, 'version') ?? 'of no version'}, not 1.2` }
  const files = elements(childrenOf(root), 'file').map((file) => ({
    original: attr(file, 'original') ?? '',
    sourceLanguage: attr(file, 'source-language'),
    targetLanguage: attr(file, 'target-language'),
    units: unitsIn(elements(childrenOf(file), 'body').flatMap(childrenOf)),
  }))
  if (files.length === 0) return { problem: 'has no <file>' }
  return { files }
}
