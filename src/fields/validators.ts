import type { DateFieldValidation, TextFieldValidation } from 'payload'
import { date, text } from 'payload/shared'

import type { CustomMessage } from '@/i18n/adminTranslations'
import { SLUG_PATTERN } from '@/fields/slugify'

type Translate = (key: string) => string
const message = (t: Translate, key: CustomMessage): string => t(`custom:${key}`)

export const notInFuture: DateFieldValidation = (value, options) => {
  const valid = date(value, options)
  if (valid !== true || !value) return valid
  return new Date(value).getTime() <= Date.now() || message(options.req.t as Translate, 'dateInFuture')
}

export const httpUrl: TextFieldValidation = (value, options) => {
  const valid = text(value, options)
  if (valid !== true || !value) return valid
  try {
    const { protocol } = new URL(value)
    if (protocol === 'http:' || protocol === 'https:') return true
  } catch {
    // falls through to the message below
  }
  return message(options.req.t as Translate, 'invalidUrl')
}

export const wikidataId: TextFieldValidation = (value, options) => {
  const valid = text(value, options)
  if (valid !== true || !value) return valid
  return /^Q[1-9]\d*$/.test(value) || message(options.req.t as Translate, 'invalidWikidataId')
}

export const slug: TextFieldValidation = (value, options) => {
  const valid = text(value, options)
  if (valid !== true || !value) return valid
  return SLUG_PATTERN.test(value) || message(options.req.t as Translate, 'invalidSlug')
}
