import type { PayloadRequest } from 'payload'

import { errorResponse } from '@/errors'
import { isEditor, isTranslatorOnly, translatorLocales } from '@/access/roles'

import { translationLocales } from '../work'

/**
 * Who may exchange XLIFF in `locale`: editors in every language but Polish, translators in their
 * own. A Response when refused (checked in this order: an unknown language is a 400 even before
 * login, as GET /api/translation-status answers).
 */
export function refuseLocale(req: PayloadRequest, locale: unknown): Response | null {
  const locales = translationLocales()
  if (typeof locale !== 'string' || !locales.includes(locale))
    return errorResponse(400, `locale must be one of ${locales.join(', ')} (Polish is the source language).`, 'locale')
  if (!req.user) return errorResponse(401, 'Log in to exchange XLIFF files.')
  if (isEditor(req.user)) return null
  if (isTranslatorOnly(req.user) && translatorLocales(req.user).includes(locale)) return null
  const own = translatorLocales(req.user).join(', ') || '—'
  return errorResponse(403, req.t('custom:notYourLanguage' as never, { locales: own } as never), 'locale')
}

/** The language a language tag names: `de-DE` and `de` are both German. */
export const sameLanguage = (tag: string | undefined, locale: string): boolean =>
  typeof tag === 'string' && tag.toLowerCase().split(/[-_]/)[0] === locale
