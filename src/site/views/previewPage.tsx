import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { type ComponentType, cache } from 'react'

import { previewMetadata } from '@/site/head'
import { type Load, loadPage, type PageProps, type Params } from '@/site/views/page'

type RouteProps = { params: Promise<Params> }

/**
 * An editors' preview of a page type (App Router, draft mode): the readers' view of the latest
 * drafts, under the preview layout that re-renders it on every save in the admin.
 */
export function previewPage<P>(load: Load<P>, View: ComponentType<PageProps<P>>) {
  // Metadata and page read once per request.
  const read = cache(async (key: string) => {
    const params = JSON.parse(key) as Params
    const props = await loadPage(load, params, true)
    if (!props) notFound()
    setRequestLocale(props.locale)
    return props
  })
  const propsOf = async ({ params }: RouteProps) => read(JSON.stringify(await params))
  return {
    generateMetadata: async (route: RouteProps): Promise<Metadata> => previewMetadata((await propsOf(route)).head),
    Page: async function PreviewPage(route: RouteProps) {
      return <View {...await propsOf(route)} />
    },
  }
}
