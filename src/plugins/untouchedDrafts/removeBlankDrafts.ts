import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'

import { dataFields } from '@/fields/fieldTree'

import { hasText, UNTOUCHED } from './field'

/** Rich text counts by its words: an editor's empty paragraph is still structure, not text. */
const richTextHasText = (value: unknown): boolean => {
  if (!value || typeof value !== 'object') return false
  if (typeof (value as { text?: unknown }).text === 'string' && (value as { text: string }).text.trim()) return true
  return Object.values(value as object).some(richTextHasText)
}

/** Fields Payload or our plugins fill in themselves: no sign that anyone wrote anything. */
const bookkeeping = new Set(['_status', 'createdAt', 'updatedAt', UNTOUCHED])

/** Whether a document read with `locale: 'all'` holds nothing but its fields' defaults. */
function isBlank(fields: Field[], doc: Record<string, unknown>): boolean {
  return dataFields(fields).every((field) => {
    if (bookkeeping.has(field.name) || field.custom?.translationTracking) return true
    const value = doc[field.name]
    if (field.type === 'richText') return !richTextHasText(value)
    if ('defaultValue' in field && field.defaultValue !== undefined && value === field.defaultValue) return true
    return !hasText(value)
  })
}

/**
 * Removes the empty drafts that Payload's create view left while it could not finish rendering
 * (before `untouched` existed): documents never published, holding no text in any language and
 * no version beyond the first. Returns how many it removed from each collection.
 */
export async function removeBlankDrafts(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Record<string, number>> {
  const removed: Record<string, number> = {}
  for (const { config } of Object.values(payload.collections)) {
    if (!(typeof config.versions === 'object' && config.versions.drafts)) continue
    const collection = config.slug as CollectionSlug
    // Run by a migration through today's config: the translation workflow's fields may have columns
    // that a later migration adds, so they are not read (isBlank passes over them anyway).
    const tracking = dataFields(config.fields).filter((field) => field.custom?.translationTracking)
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'draft' } },
      ...(tracking.length ? { select: Object.fromEntries(tracking.map((field) => [field.name, false])) as never } : {}),
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const blank: (number | string)[] = []
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      if (!isBlank(config.fields, doc)) continue
      const { totalDocs: versions } = await payload.countVersions({
        collection,
        where: { parent: { equals: doc.id } },
        req,
      })
      if (versions <= 1) blank.push(doc.id as number | string)
    }
    if (blank.length) {
      await payload.delete({
        collection,
        where: { id: { in: blank } },
        overrideAccess: true,
        req,
        context: { disableRevalidate: true },
      })
    }
    removed[config.slug] = blank.length
  }
  payload.logger.info(`Removed empty drafts: ${JSON.stringify(removed)}`)
  return removed
}
