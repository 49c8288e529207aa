import type { Rewrite } from 'next/dist/lib/load-custom-routes'

/**
 * The readers' pages are cached by path, and a list's query (`?page=2&country=DE`) is no part of
 * it: these rewrites move the query into the path of an internal route,
 * `/{locale}/list/{kind}/{country or all}-{page}` (src/pages/[locale]/list). A query that is not a
 * page of the list goes to `invalid`, a 404. Other parameters (`utm_source`) are ignored.
 *
 * Rewrites, not the proxy's `NextResponse.rewrite`: that one turns 127.0.0.1 into localhost, which
 * Next then takes for another server when it listens on 127.0.0.1 (`next start -H 127.0.0.1`).
 */
const source = '/:locale/:kind(partnerships|friendly-cities)'
const page = { type: 'query', key: 'page', value: '(?<page>[1-9]\\d{0,5})' } as const
const country = { type: 'query', key: 'country', value: '(?<country>[A-Z]{2})' } as const
const list = (segment: string) => `/:locale/list/:kind/${segment}`

export const listRewrites: Rewrite[] = [
  { source, has: [page, country], destination: list(':country-:page') },
  { source, has: [page], missing: [{ type: 'query', key: 'country' }], destination: list('all-:page') },
  { source, has: [country], missing: [{ type: 'query', key: 'page' }], destination: list(':country-1') },
  { source, has: [{ type: 'query', key: 'page' }], destination: list('invalid') },
  { source, has: [{ type: 'query', key: 'country' }], destination: list('invalid') },
]
