import { type Endpoint, headersWithCors, parseParams, restoreVersionOperation } from 'payload'

import { statusOf, versionOf } from './status'

/**
 * The admin restores a draft version without `draft=true` (its "restore as draft" button is only on
 * published versions), which would take a published document off the site: such a restore becomes
 * the latest draft instead, published when an editor says so. Payload's own endpoint otherwise.
 */
export const restoreEndpoint = (collection: string): Endpoint => ({
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    const { depth, draft, populate } = parseParams(req.query)
    const version = draft ? null : await versionOf(req, collection, id)
    const asDraft =
      draft || (version?.status === 'draft' && (await statusOf(req, collection, version.parent, false)) === 'published')
    // The operation, as Payload's own handler calls it: the Local API's restoreVersion has no `draft`.
    const doc = await restoreVersionOperation({
      collection: req.payload.collections[collection as never],
      id,
      depth,
      draft: asDraft,
      populate,
      req,
    })
    return Response.json(
      { ...(doc as object), message: req.t('version:restoredSuccessfully') },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
})
