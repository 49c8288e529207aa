import type { CollectionAfterOperationHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hasText, UNTOUCHED } from './field'

/** An abandoned empty draft is removed this long after it was made: its editor has surely left. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000

/** A create with nothing in it (what Payload's create view sends) makes an untouched draft. */
export const markUntouched: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  const data = args.data as unknown
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const { [UNTOUCHED]: _ignored, _status, ...given } = data as Record<string, unknown>
  return {
    ...args,
    data: { ...args.data, [UNTOUCHED]: _status !== 'published' && !hasText(given) && !args.duplicateFromID },
  }
}

/** The first save after that, autosave included, is someone's work. Clients cannot set the mark. */
export const clearUntouched: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') data[UNTOUCHED] = false
  return data
}

/** Each new untouched draft sweeps away those left a day or more before. Never fails the create. */
export const deleteAbandoned: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'create' || !(result as Record<string, unknown> | undefined)?.[UNTOUCHED]) return result
  try {
    await req.payload.delete({
      collection: collection.slug as never,
      where: {
        and: [
          { [UNTOUCHED]: { equals: true } },
          { _status: { equals: 'draft' } },
          { createdAt: { less_than: new Date(Date.now() - ABANDONED_AFTER_MS).toISOString() } },
        ],
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Removing abandoned empty drafts of ${collection.slug} failed` })
  }
  return result
}
