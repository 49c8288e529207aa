/**
 * Cache tags. A collection's or global's tag stands for every read of it that may list any of its
 * documents; a document's tag for a read of that one document (a page found by its slug). The
 * revalidation hooks expire both on every change readers can see.
 */
export const cacheTag = (slug: string): string => `payload:${slug}`

export const documentTag = (slug: string, id: number | string): string => `payload:${slug}#${id}`
