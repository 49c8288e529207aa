import type { Rewrite } from 'next/dist/lib/load-custom-routes'

/**
 * `/{locale}/activities` with a filter or a page in its query (`?kind=project&year=2019&page=2`)
 * goes to an internal route rendered per request (src/pages/[locale]/list/activities/filtered.tsx);
 * without one, it is the cached readers' page. The filters are not moved into the path as the city
 * lists' `?page`/`?country` are (src/config/listRewrites.ts): four filters and a page make a
 * product of every city, area, kind, year and page, and a cached page for each would let any
 * crawler fill the page cache and push the real pages out of it, for answers that take one indexed
 * query. A query key with an empty value (what the GET form sends for "all") does not match `has`,
 * so an empty form is the cached list.
 *
 * Rewrites, not the proxy's `NextResponse.rewrite`, which breaks under `next start -H 127.0.0.1`.
 */
const source = '/:locale/activities'
const destination = '/:locale/list/activities/filtered'

export const activityRewrites: Rewrite[] = ['city', 'area', 'kind', 'year', 'page'].map((key) => ({
  source,
  has: [{ type: 'query', key }],
  destination,
}))
