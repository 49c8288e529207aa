import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { readDocument } from '@/hooks/readDocument'
import { locales } from '@/i18n/locales'
import { refused } from '@/errors'
import { canTranslate, isTranslatorOnly, translatorLocales } from '@/access/roles'

import { sharedValues } from './fieldValues'

const forbidden = (req: PayloadRequest, key: string, vars: Record<string, string> = {}) =>
  refused(req.t(`custom:${key}` as never, vars as never))

/** A translator writes only in their own languages. */
export function refuseOtherLanguages(req: PayloadRequest, locale: string | undefined): void {
  if (!canTranslate(req.user, locale))
    throw forbidden(req, 'notYourLanguage', { locales: translatorLocales(req.user).join(', ') || '—' })
}

/**
 * What a translator's update may do, beyond what access control can see: only their languages, no
 * files, and a publish only of their own language (`publishSpecificLocale`) of a document an editor
 * has published, when no editor's change to shared fields awaits publication (Payload would publish
 * the shared fields of the latest draft along with the translation). An unpublish (a write of
 * `draft` status to the document itself) is refused with the reason; anything else is a draft.
 */
export const translatorGuard =
  (fields: Field[]): CollectionBeforeOperationHook =>
  async ({ args: input, operation, req }) => {
    const args = input as typeof input & {
      id?: number | string
      data?: { _status?: string }
      publishSpecificLocale?: string
      draft?: boolean
      overrideAccess?: boolean
    }
    if (operation !== 'update' || args.overrideAccess || !isTranslatorOnly(req.user)) return args
    const locale = args.publishSpecificLocale ?? req.locale
    refuseOtherLanguages(req, locale)
    if (req.file) throw forbidden(req, 'translatorsCannotUpload')
    const collection = args.collection.config
    if (!collection.versions?.drafts) return args
    if (args.data?._status === 'draft' && !args.draft) throw forbidden(req, 'translatorsCannotUnpublish')
    if (args.data?._status !== 'published') return { ...args, draft: true }

    // Payload switches req.locale to publishSpecificLocale after this hook; without it, all languages.
    if (!args.publishSpecificLocale || !args.id) {
      // Named as on the button the translator should use instead: "Publish in Deutsch".
      const language = locales.find(({ code }) => code === locale)?.label ?? String(locale)
      throw forbidden(req, 'publishYourLanguageOnly', { locale: language })
    }
    const read = (draft: boolean) =>
      readDocument(req, { collection: collection.slug, id: args.id!, draft, locale: String(locale) })
    const [published, latest] = await Promise.all([read(false), read(true)])
    if (published?._status !== 'published') throw forbidden(req, 'publishedByEditorFirst')
    if (JSON.stringify(sharedValues(fields, published)) !== JSON.stringify(sharedValues(fields, latest))) {
      throw forbidden(req, 'sharedChangesPending')
    }
    return args
  }
