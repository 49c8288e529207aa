import { isolateObjectProperty, type PayloadRequest } from 'payload'

type Read = {
  collection: string
  id: number | string
  /** The document readers get (`false`) or the latest version, drafts included (`true`). */
  draft: boolean
  locale: string
  select?: Record<string, true>
  /** `null` for a document that does not exist, rather than Payload's 404. */
  disableErrors?: boolean
}

/**
 * A hook's read of a document, inside the operation's request (its transaction) and with every access
 * rule passed over, without fallback. The request is isolated: the Local API sets `req.locale` and
 * `req.fallbackLocale` to what it reads with, and the write in progress would then use them.
 */
export const readDocument = (
  req: PayloadRequest,
  { collection, id, draft, locale, select, disableErrors = false }: Read,
) =>
  req.payload.findByID({
    collection: collection as never,
    id,
    draft,
    locale: locale as never,
    fallbackLocale: false as never,
    depth: 0,
    ...(select ? { select: select as never } : {}),
    overrideAccess: true,
    disableErrors,
    req: isolateObjectProperty(req, ['locale', 'fallbackLocale']),
  }) as Promise<Record<string, unknown> | null>

/** `readDocument`'s request isolation, for the Local API's other reads. */
export const within = (req: PayloadRequest) => isolateObjectProperty(req, ['locale', 'fallbackLocale'])
