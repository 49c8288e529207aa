import { revalidateTag } from 'next/cache'
import type { CollectionAfterOperationHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTag } from '@/cache/tags'
import { revalidateToken } from '@/cache/revalidateToken'
import { afterCommit } from '@/database/afterCommit'

// Expire at once, not stale-while-revalidate: the next reader already gets the new content.
const expireNow = { expire: 0 }

/**
 * Where Next refuses `revalidateTag` (the job queue runs outside any request; Payload's create
 * view writes during a render), the server is asked over HTTP: its route handler may expire tags.
 */
async function expireThroughServer(tag: string, req: PayloadRequest) {
  const base = process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
  try {
    const response = await fetch(`${base}/next/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidateToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: [tag] }),
    })
    if (!response.ok) req.payload.logger.error(`Revalidating ${tag} through ${base} failed: ${response.status}`)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Revalidating ${tag} through ${base} failed` })
  }
}

/**
 * Expires the pages that read `slug`. Never throws: the write it follows is already stored, and a
 * page left stale is a smaller harm than an editor told their saved change failed.
 */
export async function expire(slug: string, req: PayloadRequest): Promise<void> {
  // Seeds and bulk imports say so: they run outside a server, or expire once at the end.
  if (req.context.disableRevalidate) return
  const tag = cacheTag(slug)
  try {
    revalidateTag(tag, expireNow)
    return
  } catch (error) {
    // Outside a Next server (CLI scripts, tests) there is no page cache in this process to expire.
    if (process.env.NEXT_RUNTIME !== 'nodejs') return
    req.payload.logger.debug({ err: error, msg: `revalidateTag(${tag}) refused here; asking the server` })
  }
  // Next expires tags only once the request is answered, after the commit; the server does so now.
  await afterCommit(req, () => expireThroughServer(tag, req))
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
