import type { CollectionSlug, Endpoint, GlobalSlug, PayloadRequest } from 'payload'

import { errorResponse } from '@/errors'
import { isEditor } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

import { refuseLocale, sameLanguage } from './access'
import { findSource, type Source } from './documents'
import { type FileIn, readXliff } from './file'
import { fromXliff, inlineKey, MarkupMismatch } from './inline'
import { rebuild } from './richText'
import { couldBeUnit, documentUnits, setAt, type Unit } from './units'
import { childrenOf, nameOf, type XmlNode } from './xml'

const MAX_BYTES = 10 * 1024 * 1024

export type UnitResult = {
  file: string
  unit: string
  result: 'applied' | 'unchanged' | 'stale' | 'untranslated' | 'refused'
  reason?: string
}

/** A 400 about the uploaded file: nothing is written. */
class BadFile extends Error {}

/** A plain text target: its text, marks some CAT tools add unwrapped; a tag has nothing to stand for. */
function plainText(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      const name = nameOf(node)
      if (name === undefined) return node['#text'] ?? ''
      if (name === 'mrk') return plainText(childrenOf(node))
      throw new MarkupMismatch(`the source has no tags, the target has <${name}>`)
    })
    .join('')
}

type Planned = { unit: Unit; value: unknown }
type Plan = { source: Source; results: UnitResult[]; changes: Planned[] }

/** What importing one `<file>` would do, unit by unit; a `BadFile` for what makes the whole file wrong. */
async function planFile(req: PayloadRequest, file: FileIn, locale: string): Promise<Plan> {
  const source = await findSource(req, file.original)
  if (!source) throw new BadFile(`<file original="${file.original}"> names no document you can read`)
  const units = new Map(documentUnits(source.fields, source.doc, locale).map((unit) => [unit.id, unit]))
  const results: UnitResult[] = []
  const changes: Planned[] = []
  const seen = new Set<string>()
  for (const { id, target, hash } of file.units) {
    const where = `${file.original}, unit "${id}"`
    if (seen.has(id)) throw new BadFile(`${where} appears twice`)
    seen.add(id)
    const unit = units.get(id)
    const report = (result: UnitResult['result'], reason?: string) =>
      results.push({ file: file.original, unit: id, result, ...(reason ? { reason } : {}) })
    if (!unit) {
      if (!couldBeUnit(source.fields, id)) throw new BadFile(`${where} is no translatable text of this document`)
      report('stale', 'its Polish text, row or paragraph is gone since the export')
      continue
    }
    if (hash === undefined)
      throw new BadFile(`${where} has no <note from="source-hash"> (keep the notes when translating)`)
    if (hash !== unit.hash) {
      report('stale', 'the Polish text changed since the export: export again')
      continue
    }
    if (!target) {
      report('untranslated')
      continue
    }
    let value: unknown
    try {
      value = unit.segment === undefined ? plainText(target) : fromXliff(target, unit.refs)
    } catch (error) {
      if (error instanceof MarkupMismatch)
        throw new BadFile(`${where}: the target's tags do not match the source's: ${error.message}`)
      throw error
    }
    const blank = typeof value === 'string' ? value.trim() === '' : (value as unknown[]).length === 0
    if (blank) report('untranslated')
    else if (
      unit.segment === undefined
        ? value === unit.current
        : Array.isArray(unit.current) && inlineKey(value as never) === inlineKey(unit.current)
    )
      report('unchanged')
    else {
      report('applied')
      changes.push({ unit, value })
    }
  }
  return { source, results, changes }
}

/** The document's data in `locale` with the planned changes: whole top-level fields, as the admin sends them. */
async function changedData(req: PayloadRequest, { source, changes }: Plan, locale: string) {
  const read = { locale, draft: true, depth: 0, fallbackLocale: false, user: req.user, overrideAccess: false }
  const doc: any = source.global
    ? await req.payload.findGlobal({ ...read, slug: source.collection as GlobalSlug } as never)
    : await req.payload.findByID({ ...read, collection: source.collection as CollectionSlug, id: source.id } as never)
  const units = documentUnits(source.fields, source.doc, locale)
  const richTexts = new Set<string>()
  for (const { unit, value } of changes) {
    if (unit.segment === undefined) setAt(source.fields, doc, unit.fieldPath, value)
    else richTexts.add(unit.fieldPath)
  }
  // A rich text is rebuilt on the Polish tree from the imported segments and the translated ones it keeps.
  for (const path of richTexts) {
    const own = units.filter((unit) => unit.fieldPath === path)
    const children = new Map<string, any>(
      own.filter((u) => Array.isArray(u.current)).map((u) => [u.segment!, u.current]),
    )
    for (const { unit, value } of changes) if (unit.fieldPath === path) children.set(unit.segment!, value)
    setAt(source.fields, doc, path, rebuild(own[0].polish, children))
  }
  const names = new Set(changes.map(({ unit }) => unit.fieldPath.split('.')[0]))
  return Object.fromEntries([...names].map((name) => [name, doc[name]]))
}

async function write(req: PayloadRequest, plan: Plan, locale: string, publish: boolean): Promise<string | null> {
  const { source } = plan
  const data: Record<string, unknown> = await changedData(req, plan, locale)
  const drafts = source.drafts
  if (drafts) data._status = publish ? 'published' : 'draft'
  const common = { data, locale, depth: 0, user: req.user, overrideAccess: false } as const
  const options = drafts ? (publish ? { publishSpecificLocale: locale } : { draft: true }) : {}
  try {
    if (source.global) await req.payload.updateGlobal({ ...common, ...options, slug: source.collection } as never)
    else await req.payload.update({ ...common, ...options, collection: source.collection, id: source.id } as never)
    return null
  } catch (error) {
    // Refused by the rules every write follows (access, the translator guard, validation): said per unit.
    const status = (error as { status?: number }).status
    if (typeof status === 'number' && status < 500) return (error as Error).message
    throw error
  }
}

async function readFile(req: PayloadRequest): Promise<string> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BYTES + 64 * 1024)
    throw new BadFile('file is larger than 10 MB')
  let form: FormData
  try {
    form = await req.formData!()
  } catch {
    throw new BadFile('send the XLIFF file as multipart/form-data, in the field "file"')
  }
  const file = form.get('file')
  if (file === null) throw new BadFile('send the XLIFF file as multipart/form-data, in the field "file"')
  const size = typeof file === 'string' ? Buffer.byteLength(file) : file.size
  if (size > MAX_BYTES) throw new BadFile('file is larger than 10 MB')
  return (typeof file === 'string' ? file : await file.text()).replace(/^\uFEFF/, '')
}

/**
 * `POST /api/translations/import?locale=de[&mode=draft|publish]`, the file in the multipart field
 * `file`: every translated unit written into `locale` through the Local API as the asking user, so
 * the admin's rules apply. The whole file is checked before anything is written: a 400 names what
 * is wrong with it. Then each document is written once (not at all when nothing changes) and the
 * answer says what became of each unit.
 */
export const importEndpoint: Endpoint = {
  path: '/translations/import',
  method: 'post',
  handler: async (req) => {
    const { locale, mode = 'draft' } = req.query ?? {}
    const refusal = refuseLocale(req, locale)
    if (refusal) return refusal
    if (mode !== 'draft' && mode !== 'publish') return errorResponse(400, 'mode must be draft or publish.', 'mode')
    if (mode === 'publish' && !isEditor(req.user))
      return errorResponse(403, 'Translators import as drafts; an editor publishes.', 'mode')
    const language = locale as string

    const plans: Plan[] = []
    try {
      const parsed = readXliff(await readFile(req))
      if ('problem' in parsed) throw new BadFile(`file ${parsed.problem}`)
      const originals = new Set<string>()
      for (const file of parsed.files) {
        if (!sameLanguage(file.sourceLanguage, defaultLocale))
          throw new BadFile(`<file original="${file.original}"> has source-language ${file.sourceLanguage}, not pl`)
        if (!sameLanguage(file.targetLanguage, language))
          throw new BadFile(`target-language is ${file.targetLanguage}, but this import is into ${language}`)
        if (originals.has(file.original)) throw new BadFile(`<file original="${file.original}"> appears twice`)
        originals.add(file.original)
      }
      for (const file of parsed.files) plans.push(await planFile(req, file, language))
    } catch (error) {
      if (error instanceof BadFile) return errorResponse(400, error.message, 'file')
      throw error
    }

    const results: UnitResult[] = []
    for (const plan of plans) {
      const refused = plan.changes.length ? await write(req, plan, language, mode === 'publish') : null
      for (const result of plan.results)
        results.push(
          refused && result.result === 'applied' ? { ...result, result: 'refused', reason: refused } : result,
        )
    }
    const summary = Object.fromEntries(
      (['applied', 'unchanged', 'stale', 'untranslated', 'refused'] as const).map((r) => [
        r,
        results.filter((u) => u.result === r).length,
      ]),
    )
    return Response.json(
      { locale: language, mode, summary, units: results },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
