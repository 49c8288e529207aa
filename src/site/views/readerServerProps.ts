import type { GetServerSideProps } from 'next'

import { type Load, loadPage, type PageProps } from '@/site/views/page'

/**
 * A readers' page rendered on every request and never cached (the activities list's filters,
 * src/config/activityRewrites.ts): its query's parameters join the path's. Still no JavaScript.
 */
export function readerServerProps<P>(load: Load<P>): GetServerSideProps<PageProps<P>> {
  return async ({ params = {}, query, draftMode = false }) => {
    const props = await loadPage(load, { ...query, ...params }, draftMode)
    if (!props) return { notFound: true }
    // Props travel as JSON, which Next checks strictly (no `undefined`): drop what JSON would drop.
    return { props: JSON.parse(JSON.stringify(props)) }
  }
}
