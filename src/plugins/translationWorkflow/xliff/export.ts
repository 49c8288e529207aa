import type { Endpoint } from 'payload'

import { errorResponse } from '@/errors'

import { translationState, type TranslationState } from '../status'
import { refuseLocale } from './access'
import { listSources, trackedCollections, trackedGlobals } from './documents'
import { writeXliff } from './file'
import { documentUnits } from './units'

const STATES: TranslationState[] = ['missing', 'outdated', 'done']

/** `miasta-partnerskie-de-2026-12-02.xlf`, or `miasta-partnerskie-partnerships-de-….xlf` for one collection. */
const fileName = (locale: string, collection?: string) =>
  `miasta-partnerskie-${collection ? `${collection}-` : ''}${locale}-${new Date().toISOString().slice(0, 10)}.xlf`

/**
 * `GET /api/translations/export?locale=de[&status=missing,outdated][&collection=partnerships]`:
 * the Polish text of every tracked document and global (latest drafts) as one XLIFF 1.2 download,
 * a `<file>` each, with the translations there are as targets.
 */
export const exportEndpoint: Endpoint = {
  path: '/translations/export',
  method: 'get',
  handler: async (req) => {
    const { locale, status, collection } = req.query ?? {}
    const refusal = refuseLocale(req, locale)
    if (refusal) return refusal
    const states = status === undefined ? STATES : typeof status === 'string' ? status.split(',') : []
    if (states.length === 0 || states.some((state) => !STATES.includes(state as TranslationState)))
      return errorResponse(400, `status must be a comma-separated list of ${STATES.join(', ')}.`, 'status')
    const slugs: string[] = [...trackedCollections(req), ...trackedGlobals(req)].map(({ slug }) => slug)
    if (collection !== undefined && (typeof collection !== 'string' || !slugs.includes(collection)))
      return errorResponse(400, `collection must be one of ${slugs.join(', ')}.`, 'collection')

    const files = []
    for (const source of await listSources(req, collection as string | undefined)) {
      const state = translationState(source.fields, source.doc, locale as string)
      if (!states.includes(state)) continue
      const units = documentUnits(source.fields, source.doc, locale as string, req.i18n?.language)
      if (units.length)
        files.push({ original: source.original, title: source.title, units, outdated: state === 'outdated' })
    }
    // XLIFF has no empty file: at least one <file> is required.
    if (files.length === 0) return errorResponse(404, 'Nothing to translate matches: no file to export.')
    return new Response(writeXliff(locale as string, files), {
      headers: {
        'Content-Type': 'application/x-xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName(locale as string, collection as string | undefined)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
