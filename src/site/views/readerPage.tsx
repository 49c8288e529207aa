import type { ComponentType } from 'react'

import { PageHead } from '@/site/components/PageHead'
import { SiteBody } from '@/site/components/SiteBody'
import type { PageProps } from '@/site/views/page'

/** The readers' page around a view: its <head>, the skip link and the footer. */
export function readerPage<P>(View: ComponentType<PageProps<P>>) {
  return function ReaderPage(props: PageProps<P>) {
    return (
      <>
        <PageHead head={props.head} />
        <SiteBody locale={props.locale} settings={props.settings}>
          <View {...props} />
        </SiteBody>
      </>
    )
  }
}
