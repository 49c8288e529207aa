import type { CollectionSlug, Field, GlobalSlug, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { idForm, isValidId } from '@/plugins/hardening/values'

/**
 * The documents and globals the translation workflow tracks, read as the asking user may read them
 * (latest drafts included, every language, no fallback): what an export offers and an import checks.
 * A `<file>`'s `original` names one: `collections/partnerships/12` or `globals/site-settings`.
 */
export type Source = {
  original: string
  collection: string
  global?: true
  id: number | string
  title: string
  fields: Field[]
  doc: any
  drafts: boolean
}

const read = (req: PayloadRequest) =>
  ({ locale: 'all', draft: true, depth: 0, user: req.user, overrideAccess: false, fallbackLocale: false }) as const

const text = (value: unknown, language: string): string => {
  if (value && typeof value === 'object') {
    const byLanguage = value as Record<string, unknown>
    return text(byLanguage.pl ?? byLanguage[language], language)
  }
  return typeof value === 'string' ? value : ''
}

export const trackedCollections = (req: PayloadRequest) =>
  Object.values(req.payload.collections)
    .map(({ config }) => config)
    .filter((config) => config.custom?.translationTracked)

export const trackedGlobals = (req: PayloadRequest) =>
  req.payload.config.globals.filter((config) => config.custom?.translationTracked)

/** Every tracked document (or those of one collection or global), as the admin's lists show them. */
export async function listSources(req: PayloadRequest, only?: string): Promise<Source[]> {
  const sources: Source[] = []
  const language = req.i18n?.language ?? 'pl'
  for (const config of trackedCollections(req)) {
    if (only && only !== config.slug) continue
    // The admin's base filter (drafts nobody wrote in yet) leaves out what its lists leave out.
    const baseReq = await createLocalReq({ user: req.user ?? undefined }, req.payload)
    const where = (await config.admin.baseFilter?.({ limit: 0, page: 1, sort: '', req: baseReq })) ?? undefined
    const { docs } = await req.payload.find({
      ...read(req),
      collection: config.slug as CollectionSlug,
      where,
      pagination: false,
    } as never)
    for (const doc of docs as any[]) {
      const title = text(doc[config.admin.useAsTitle ?? 'id'], language) || text(doc.filename, language)
      sources.push({
        original: `collections/${config.slug}/${doc.id}`,
        collection: config.slug,
        id: doc.id,
        title: title || String(doc.id),
        fields: config.fields,
        doc,
        drafts: Boolean(config.versions?.drafts),
      })
    }
  }
  for (const config of trackedGlobals(req)) {
    if (only && only !== config.slug) continue
    sources.push(await globalSource(req, config.slug))
  }
  return sources
}

async function globalSource(req: PayloadRequest, slug: string): Promise<Source> {
  const config = req.payload.config.globals.find((g) => g.slug === slug)!
  const doc = await req.payload.findGlobal({ ...read(req), slug: slug as GlobalSlug } as never)
  const label = config.label
  return {
    original: `globals/${slug}`,
    collection: slug,
    global: true,
    id: slug,
    title: (typeof label === 'string' ? label : text(label, req.i18n?.language ?? 'pl')) || slug,
    fields: config.fields,
    doc,
    drafts: Boolean(config.versions?.drafts),
  }
}

/** The document a `<file original>` names, or null when it names none the user may read. */
export async function findSource(req: PayloadRequest, original: string): Promise<Source | null> {
  const global = /^globals\/([^/]+)$/.exec(original)
  if (global) return trackedGlobals(req).some((g) => g.slug === global[1]) ? globalSource(req, global[1]) : null
  const match = /^collections\/([^/]+)\/([^/]+)$/.exec(original)
  if (!match) return null
  const [, slug, rawId] = match
  const config = trackedCollections(req).find((c) => c.slug === slug)
  if (!config || !isValidId(req.payload, rawId, slug)) return null
  const id = idForm(req.payload, slug) === 'integer' ? Number(rawId) : rawId
  const doc = await req.payload.findByID({
    ...read(req),
    collection: slug as CollectionSlug,
    id,
    disableErrors: true,
  } as never)
  if (!doc) return null
  const title = text((doc as any)[config.admin.useAsTitle ?? 'id'], req.i18n?.language ?? 'pl')
  return {
    original,
    collection: slug,
    id: (doc as any).id,
    title: title || String((doc as any).id),
    fields: config.fields,
    doc,
    drafts: Boolean(config.versions?.drafts),
  }
}
