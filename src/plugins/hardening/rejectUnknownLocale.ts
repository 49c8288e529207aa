import type { PayloadRequest } from 'payload'

import { localeCodes } from '@/i18n/locales'

import { badRequest } from '@/errors'

/**
 * Payload reads an unknown `locale` as Polish, so `PATCH …?locale=xx` would overwrite the Polish
 * text: not a 500 but worse. Every collection and global refuses it instead, with a 400 that lists
 * the locales. No upstream issue found (searched 2026-12).
 */
export function rejectUnknownLocale(req: PayloadRequest): void {
  const requested = [req.query?.locale, (req.data as { locale?: unknown } | undefined)?.locale].find(
    (value): value is string => typeof value === 'string',
  )
  if (!requested || requested === 'all' || requested === '*' || localeCodes().includes(requested)) return
  throw badRequest(`Unknown locale "${requested}": use one of ${localeCodes().join(', ')} or all.`)
}
