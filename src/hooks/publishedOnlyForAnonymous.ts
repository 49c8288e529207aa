import type { CollectionBeforeOperationHook } from 'payload'

/**
 * `?draft=true` makes Payload list from each document's newest version; for an anonymous reader
 * `publishedOrLoggedIn` then hides a published document whose newest version is a draft. Reading
 * the published copies instead keeps it listed, with its published text.
 */
export const publishedOnlyForAnonymous: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) =>
  operation === 'read' && !overrideAccess && !req.user ? { ...args, draft: false } : args
