import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { RestClient } from './rest'

/** GET /api/translations/export as text. */
export async function exportXliff(rest: RestClient, token: string | undefined, query: string) {
  const response = await rest.request('GET', `/translations/export?${query}`, { token })
  return { ...response, xml: typeof response.body === 'string' ? response.body : '' }
}

/** POST /api/translations/import with the file as a browser's upload sends it. */
export function importXliff(rest: RestClient, token: string | undefined, query: string, xml: string) {
  const form = new FormData()
  form.set('file', new Blob([xml], { type: 'application/x-xliff+xml' }), 'translation.xlf')
  return rest.request('POST', `/translations/import?${query}`, { token, form })
}

/**
 * What a CAT tool does to the file's XML text: for each unit chosen, a target after its source
 * with `translate` applied to each run of text between tags, the tags (`<g>`, `<x/>`) kept.
 */
export function fillTargets(
  xml: string,
  translate: (text: string, unitId: string) => string,
  choose: (unitId: string) => boolean = () => true,
): string {
  return xml.replace(/<trans-unit id="([^"]*)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (unit, id, attributes, inner) => {
    if (!choose(id)) return unit
    const source = /<source>([\s\S]*?)<\/source>/.exec(inner)![1]
    const target = source.replace(/(^|>)([^<]+)/g, (_, before, text) => before + translate(text, id))
    const withoutTarget = inner.replace(/\s*<target[^>]*>[\s\S]*?<\/target>|\s*<target[^>]*\/>/, '')
    return `<trans-unit id="${id}"${attributes}>${withoutTarget.replace(
      '</source>',
      `</source>\n        <target state="translated">${target}</target>`,
    )}</trans-unit>`
  })
}

/** The ids of a file's units, in order. */
export const unitIds = (xml: string): string[] => [...xml.matchAll(/<trans-unit id="([^"]*)"/g)].map((m) => m[1])

/** The `<file>` element of one document, with its units. */
export const fileOf = (xml: string, original: string): string =>
  new RegExp(`<file original="${original}"[\\s\\S]*?</file>`).exec(xml)?.[0] ?? ''

const SCHEMA_DIR = '/usr/share/php/Symfony/Component/Translation/Resources/schemas'

/** Whether xmllint (libxml2-utils) and the schema (php-symfony-translation) are installed. */
export const schemaAvailable = (): boolean =>
  fs.existsSync(path.join(SCHEMA_DIR, 'xliff-core-1.2-strict.xsd')) && spawnSync('xmllint', ['--version']).status === 0

/**
 * The OASIS XLIFF 1.2 strict schema, as Debian's php-symfony-translation ships it, with its import of
 * xml.xsd pointed at the copy beside it (xmllint must not fetch it). Null without it or xmllint.
 */
export function xliffSchema(dir: string): string | null {
  const strict = path.join(SCHEMA_DIR, 'xliff-core-1.2-strict.xsd')
  if (!schemaAvailable()) return null
  const schema = path.join(dir, 'xliff-core-1.2-strict.xsd')
  const text = fs
    .readFileSync(strict, 'utf8')
    .replace('http://www.w3.org/2001/xml.xsd', path.join(SCHEMA_DIR, 'xml.xsd'))
  fs.writeFileSync(schema, text)
  return schema
}

/** xmllint's verdict on `xml` against the schema: exit code and what it said. */
export function validateAgainst(schema: string, xml: string, dir: string) {
  const file = path.join(dir, 'export.xlf')
  fs.writeFileSync(file, xml)
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
