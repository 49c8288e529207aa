import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'

import type { DataField } from '@/fields/fieldTree'

import { isObject } from './values'

type Editor = ReturnType<typeof createHeadlessEditor>

/**
 * Rich text is stored as the editor's JSON. Payload's validation only looks into the nodes it
 * knows (links, uploads), so `{ root: 'x' }` or a node of no known type was stored, and the admin's
 * editor then failed to open the document. No upstream issue found (searched 2026-12).
 */

const editors = new WeakMap<object, Editor>()

/** A headless editor with the field's nodes, to read a value as the admin's editor will. */
function editorFor(field: DataField): Editor | undefined {
  const config = (field as { editor?: { editorConfig?: SanitizedServerEditorConfig } }).editor?.editorConfig
  if (!config) return undefined
  let editor = editors.get(config)
  if (!editor) {
    // Lexical reports a failed parse to `onError`, by default only logging it.
    const fail = (error: Error) => {
      throw error
    }
    editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig: config }), onError: fail })
    editors.set(config, editor)
  }
  return editor
}

/** The first node in the tree that is not a node: an object with a type, text as text, children as a list. */
function nodeProblem(node: unknown, path: string): string | undefined {
  if (!isObject(node) || typeof node.type !== 'string') return `${path} must be a node with a type`
  if ('text' in node && typeof node.text !== 'string') return `${path}.text must be text`
  if (!('children' in node)) return undefined
  if (!Array.isArray(node.children)) return `${path}.children must be a list`
  for (const [index, child] of node.children.entries()) {
    const problem = nodeProblem(child, `${path}.children.${index}`)
    if (problem) return problem
  }
  return undefined
}

export function richTextProblem(field: DataField, value: unknown): string | undefined {
  if (!isObject(value) || !isObject(value.root) || value.root.type !== 'root' || !Array.isArray(value.root.children))
    return 'must be a rich text document: { "root": { "type": "root", "children": [] } }'
  const problem = nodeProblem(value.root, 'root')
  if (problem) return problem
  try {
    editorFor(field)?.parseEditorState(value as never)
  } catch (error) {
    return `cannot be read by the editor: ${error instanceof Error ? error.message.split('\n')[0] : 'invalid'}`
  }
  return undefined
}
