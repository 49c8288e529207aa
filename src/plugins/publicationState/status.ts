import { isolateObjectProperty, type PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

export type Status = 'draft' | 'published' | undefined

/**
 * A read inside the operation's request (its transaction), with the request's language kept: the
 * Local API sets `req.locale` to the locale it reads in, which the write would then use.
 */
const within = (req: PayloadRequest) => isolateObjectProperty(req, ['locale', 'fallbackLocale'])

/** The document readers get (`draft: false`) or the latest version, drafts included (`draft: true`). */
export async function statusOf(req: PayloadRequest, collection: string, id: number | string, draft: boolean) {
  const doc = await req.payload.findByID({
    collection: collection as never,
    id,
    draft,
    depth: 0,
    locale: defaultLocale as never,
    select: { _status: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req: within(req),
  })
  return (doc as { _status?: Status } | null)?._status
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
