import type { CollectionAfterOperationHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { publishExpiry } from '@/cache/expire'
import { cacheTag } from '@/cache/tags'
import { afterCommit } from '@/database/afterCommit'

/**
 * Expires the pages and data that read `slug`, on every instance, once the change is committed
 * (before, a page could be rendered again from the data before it, and kept).
 */
export async function expire(slug: string, req: PayloadRequest): Promise<void> {
  // Seeds and bulk imports say so: they expire once at the end, or start before any server does.
  if (req.context.disableRevalidate) return
  await afterCommit(req, () => publishExpiry(req.payload, [cacheTag(slug)]))
}

type Written = { _status?: unknown } | null | undefined

/**
 * Whether readers could see what an operation did. Readers see the main document only: a draft
 * save (autosave, "Save draft", the empty draft Payload's create view makes) writes a version
 * beside it and changes nothing they see; a publish, an unpublish, a change written straight to
 * the document and the deletion of a published document do.
 */
function readerVisible({
  operation,
  args,
  result,
  drafts,
}: {
  operation: string
  args: { draft?: boolean }
  result: unknown
  drafts: boolean
}): boolean {
  if (!drafts) return ['create', 'update', 'updateByID', 'delete', 'deleteByID'].includes(operation)
  const written: Written[] =
    result && typeof result === 'object' && Array.isArray((result as { docs?: unknown }).docs)
      ? (result as { docs: Written[] }).docs
      : [result as Written]
  const published = written.some((doc) => doc?._status === 'published')
  switch (operation) {
    case 'create':
    case 'delete':
    case 'deleteByID':
      // A new document, or the main document as it was before deletion.
      return published
    case 'update':
    case 'updateByID':
    case 'restoreVersion':
      // Without `draft` the main document is written: a publish, an unpublish or a direct change.
      return published || !args.draft
    default:
      return false
  }
}

/** Every public page reads whole collections through one tag each: a change readers see expires it. */
export const revalidateCollection: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (
    readerVisible({
      operation,
      args: args as { draft?: boolean },
      result,
      drafts: Boolean(collection.versions?.drafts),
    })
  ) {
    await expire(collection.slug, req)
  }
  return result
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, req, doc }) => {
  await expire(global.slug, req)
  return doc
}
