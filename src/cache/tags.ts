/** One cache tag per collection or global: the revalidation hooks expire it on every change. */
export const cacheTag = (slug: string): string => `payload:${slug}`
