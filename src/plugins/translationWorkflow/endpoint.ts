import type { Endpoint } from 'payload'

import { errorResponse } from '@/errors'

import { translationLocales, translationWork } from './work'

/** `GET /api/translation-status[?locale=de]`: every document's state in one or all languages. */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation-status',
  method: 'get',
  handler: async (req) => {
    // The locale first: an unknown one also makes the user lookup fail, which would read as a 401.
    const requested = req.query?.locale
    const locales = translationLocales()
    if (requested !== undefined && (typeof requested !== 'string' || !locales.includes(requested))) {
      return errorResponse(
        400,
        `locale must be one of ${locales.join(', ')} (Polish is the source language).`,
        'locale',
      )
    }
    if (!req.user) return errorResponse(401, 'Log in to see the translation status.')
    const items = await translationWork(req.payload, req.user, requested ? [requested] : locales, req.i18n?.language)
    return Response.json(items, { headers: { 'Cache-Control': 'no-store' } })
  },
}
