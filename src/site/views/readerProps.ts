import type { GetStaticPaths, GetStaticProps } from 'next'

import { type Load, loadPage, type PageProps } from '@/site/views/page'

/** Nothing is rendered at build time (which needs no database): each page on its first request. */
export const onDemand: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })

/**
 * A readers' page's props, rendered once and then served from the cache until one of its tags
 * expires (src/cache/handler.mjs finds them in `cacheTags`). No `revalidate`: nothing but a change
 * makes a page stale. In draft mode (an editor's browser, through /next/preview) Next renders it per
 * request, uncached, from the latest drafts.
 */
export function readerProps<P>(load: Load<P>): GetStaticProps<PageProps<P>> {
  return async ({ params = {}, draftMode = false }) => {
    const props = await loadPage(load, params, draftMode)
    if (!props) return { notFound: true }
    // Props travel as JSON, which Next checks strictly (no `undefined`): drop what JSON would drop.
    return { props: JSON.parse(JSON.stringify(props)) }
  }
}
