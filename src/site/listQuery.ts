const PAGE = /^[1-9]\d{0,5}$/

/**
 * A list page's query as next.config's rewrites put it in the path (`DE-2`, `all-1`;
 * src/config/listRewrites.ts); anything else is not a page of the list.
 */
export function parseListQuery(segment: string): { page: number; country?: string } | null {
  const match = /^(all|[A-Z]{2})-(\d+)$/.exec(segment)
  if (!match || !PAGE.test(match[2])) return null
  return { page: Number(match[2]), country: match[1] === 'all' ? undefined : match[1] }
}
