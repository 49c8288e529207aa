import type { CollectionBeforeOperationHook } from 'payload'

import { malformed } from '@/errors'

import { statusOf, versionOf } from './status'

type Args = {
  id?: number | string
  data?: unknown
  draft?: boolean
  where?: unknown
  publishSpecificLocale?: string
  unpublishAllLocales?: unknown
  overrideAccess?: boolean
  collection: { config: { slug: string } }
}

const asksForStatus = (args: Args) =>
  Boolean(args.draft || args.publishSpecificLocale || args.unpublishAllLocales) ||
  typeof args.data !== 'object' ||
  args.data === null ||
  '_status' in args.data

/**
 * A write that names no `_status` keeps the document as readers have it. Payload otherwise saves
 * it with the status of the latest version: after a translator's draft in any language, an
 * editor's ordinary update would take a published document off the site in every language. Such a
 * write to a published document publishes only the language it was made in, as the admin's
 * "Publish in <language>" does, so the other languages' drafts stay drafts.
 */
export const keepStatus: CollectionBeforeOperationHook = async ({ args: input, operation, req }) => {
  const args = input as Args
  const collection = args.collection.config.slug
  if (operation === 'restoreVersion') {
    if (args.draft || args.id === undefined) return input
    const version = await versionOf(req, collection, args.id)
    // Draft versions have no "restore as draft" button in the admin: see ./restoreEndpoint.ts.
    if (version?.status === 'draft' && (await statusOf(req, collection, version.parent, false)) === 'published') {
      throw malformed('draft', 'this version is a draft: restore it as a draft, or the page would go off the site')
    }
    return input
  }
  if (operation !== 'update' || asksForStatus(args)) return input
  // Nobody signed in may write at all: access control answers that, with its own status.
  if (!req.user && !args.overrideAccess) return input
  if (args.id === undefined) {
    const published = await req.payload.count({
      collection: collection as never,
      where: { and: [args.where ?? {}, { _status: { equals: 'published' } }] } as never,
      overrideAccess: true,
      req,
    })
    if (published.totalDocs > 0)
      throw malformed('_status', "name 'published' or 'draft' to update several documents, some of them published")
    return input
  }
  const [readers, latest] = await Promise.all([
    statusOf(req, collection, args.id, false),
    statusOf(req, collection, args.id, true),
  ])
  if (readers !== 'published' || latest === 'published') return input
  if (!req.locale || req.locale === 'all') throw malformed('locale', 'name the language of this change')
  return { ...input, data: { ...(args.data as object), _status: 'published' }, publishSpecificLocale: req.locale }
}
