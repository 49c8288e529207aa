import type { PayloadRequest } from 'payload'

import { localeCodes } from '@/i18n/locales'

import { badRequest } from './errors'
import { guardOperations } from './guardOperations'

/**
 * Payload reads an unknown `locale` as Polish, so `PATCH …?locale=xx` would overwrite the Polish
 * text. Every collection and global refuses it instead, with a 400 that lists the locales.
 */
function checkLocale(req: PayloadRequest): void {
  const requested = [req.query?.locale, (req.data as { locale?: unknown } | undefined)?.locale].find(
    (value): value is string => typeof value === 'string',
  )
  if (!requested || requested === 'all' || requested === '*' || localeCodes().includes(requested)) return
  throw badRequest(`Unknown locale "${requested}": use one of ${localeCodes().join(', ')} or all.`)
}

export const rejectUnknownLocale = guardOperations(({ req }) => checkLocale(req))
