import type { Field, Payload, PayloadRequest } from 'payload'

import { polishSource } from './source'
import { statesOf, translationLocales } from './status'

type Stored = Record<string, any>

/**
 * The stored translation fields of one state of a document (the document itself or a version),
 * read with every language. The Polish text a language was translated from is known when its
 * `translatedFrom` fingerprint matches the current Polish text or that of one of the document's versions.
 */
function trackedValues(fields: Field[], state: Stored, history: Stored[]): Stored {
  const sources: Record<string, unknown> = { ...state.translationSource }
  for (const locale of translationLocales()) {
    const from = state.translatedFrom?.[locale]
    const made = !from ? undefined : from === state.sourceHash ? state : history.find((v) => v.sourceHash === from)
    if (made && !sources[locale]) sources[locale] = polishSource(fields, made)
  }
  return {
    translation: statesOf(fields, state),
    translationSource: sources,
  }
}

/**
 * Fills in the translation states and sources of documents, versions and globals written before
 * they were stored: a data migration (SQLite and MongoDB alike), through the database adapter so
 * that nothing else changes (no new version, no `updatedAt`). Whole documents are written back:
 * the SQLite adapter rewrites every language's row of a localized table it is given one of.
 */
export async function fillTranslationState(payload: Payload, req?: Partial<PayloadRequest>): Promise<void> {
  const r = req as PayloadRequest
  for (const { config } of Object.values(payload.collections)) {
    if (!config.custom?.translationTracked) continue
    const collection = config.slug
    const fields = config.fields
    const { docs } = await payload.db.find<Stored>({ collection, locale: 'all', pagination: false, req: r })
    const versions = config.versions
      ? (await payload.db.findVersions<Stored>({ collection, locale: 'all', pagination: false, req: r })).docs
      : []
    for (const doc of docs) {
      const history = versions.filter((v) => String(v.parent) === String(doc.id)).map((v) => v.version as Stored)
      await payload.db.updateOne({
        collection,
        id: doc.id,
        data: { ...doc, ...trackedValues(fields, doc, history) },
        req: r,
      })
      for (const version of versions.filter((v) => String(v.parent) === String(doc.id))) {
        const versionData = {
          ...version,
          version: { ...version.version, ...trackedValues(fields, version.version, history) },
        }
        await payload.db.updateVersion({ collection, id: version.id, versionData: versionData as never, req: r })
      }
    }
  }
  for (const config of payload.config.globals) {
    if (!config.custom?.translationTracked) continue
    const global = config.slug
    const doc = await payload.db.findGlobal<Stored>({ slug: global, locale: 'all', req: r })
    if (!doc || Object.keys(doc).length === 0) continue
    const versions = config.versions
      ? (await payload.db.findGlobalVersions<Stored>({ global, locale: 'all', pagination: false, req: r })).docs
      : []
    const history = versions.map((v) => v.version as Stored)
    await payload.db.updateGlobal({
      slug: global,
      data: { ...doc, ...trackedValues(config.fields, doc, history) },
      req: r,
    })
    for (const version of versions) {
      const versionData = {
        ...version,
        version: { ...version.version, ...trackedValues(config.fields, version.version, history) },
      }
      await payload.db.updateGlobalVersion({ global, id: version.id, versionData: versionData as never, req: r })
    }
  }
}
