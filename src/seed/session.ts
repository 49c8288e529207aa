import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedLocale,
  type Where,
} from 'payload'

import { localeCodes } from '@/i18n/locales'

export const published = { _status: 'published' as const }
// Seeds are bulk writes: revalidation hooks stay quiet (see the public site's hooks).
export const context = { disableRevalidate: true }

/** One seed run's shared state: every step counts what it created into the same report. */
export type SeedSession = {
  payload: Payload
  richText: (markdown: string) => ReturnType<typeof convertMarkdownToLexical>
  otherLocales: TypedLocale[]
  created: Record<string, number>
  createOnce: (collection: CollectionSlug, where: Where, write: (req: PayloadRequest) => Promise<void>) => Promise<void>
}

export async function seedSession(payload: Payload): Promise<SeedSession> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const otherLocales = localeCodes().filter((code) => code !== 'pl') as TypedLocale[]
  const created: Record<string, number> = {}

  async function createOnce(collection: CollectionSlug, where: Where, write: (req: PayloadRequest) => Promise<void>) {
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
    if (totalDocs > 0) return
    const req = await createLocalReq({ context }, payload)
    await initTransaction(req)
    try {
      await write(req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    created[collection] = (created[collection] ?? 0) + 1
  }

  return { payload, richText, otherLocales, created, createOnce }
}
