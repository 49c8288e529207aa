import type { PayloadRequest } from 'payload'

import { readDocument, within } from '@/hooks/readDocument'
import { defaultLocale } from '@/i18n/locales'

export type Status = 'draft' | 'published' | undefined

/** The document readers get (`draft: false`) or the latest version, drafts included (`draft: true`). */
export async function statusOf(req: PayloadRequest, collection: string, id: number | string, draft: boolean) {
  const doc = await readDocument(req, {
    collection,
    id,
    draft,
    locale: defaultLocale,
    select: { _status: true },
    disableErrors: true,
  })
  return doc?._status as Status
}

/** The status of a version, whatever document it belongs to. */
export async function versionOf(req: PayloadRequest, collection: string, id: number | string) {
  const version = (await req.payload
    .findVersionByID({
      collection: collection as never,
      id: id as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req: within(req),
    })
    .catch(() => null)) as { parent: number | string; version: { _status?: Status } } | null
  return version ? { parent: version.parent, status: version.version._status } : null
}
