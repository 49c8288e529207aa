import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/**
 * Whether none of these collections holds a document: lets an old migration skip its data step
 * on a fresh database. Such a step reads through today's config, whose later fields and
 * collections have no columns or tables yet; counting reads no columns, so it works on any schema.
 */
export async function holdsNoDocuments(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collections: CollectionSlug[],
): Promise<boolean> {
  for (const collection of collections) {
    const { totalDocs } = await payload.db.count({ collection, req: req as PayloadRequest })
    if (totalDocs > 0) return false
  }
  return true
}
