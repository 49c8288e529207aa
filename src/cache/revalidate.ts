import type { CollectionAfterOperationHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { publishExpiry } from '@/cache/expire'
import { cacheTag, documentTag } from '@/cache/tags'
import { afterCommit } from '@/database/afterCommit'

/**
 * Expires the pages and data that read these tags, on every instance, once the change is committed
 * (before, a page could be rendered again from the data before it, and kept).
 */
export async function expire(tags: string[], req: PayloadRequest): Promise<void> {
  // Seeds and bulk imports say so: they expire once at the end, or start before any server does.
  if (req.context.disableRevalidate) return
  await afterCommit(req, () => publishExpiry(req.payload, tags))
}

type Written = { id?: number | string; _status?: unknown } | null | undefined

/** The documents an operation returned: one, or the `docs` of a bulk update or delete. */
const writtenDocs = (result: unknown): Written[] =>
  result && typeof result === 'object' && Array.isArray((result as { docs?: unknown }).docs)
    ? (result as { docs: Written[] }).docs
    : [result as Written]

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
  const written = writtenDocs(result)
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

/** A change readers see expires its collection's tag and each written document's. */
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
    const ids = writtenDocs(result).flatMap((doc) => (doc?.id === undefined ? [] : [doc.id]))
    await expire([cacheTag(collection.slug), ...ids.map((id) => documentTag(collection.slug, id))], req)
  }
  return result
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, req, doc }) => {
  await expire([cacheTag(global.slug)], req)
  return doc
}
