import type { PageConfig } from 'next'

import { ActivityIndexView } from '@/site/views/activityIndex/ActivityIndexView'
import { loadActivityIndex } from '@/site/views/activityIndex/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
/** The unfiltered first page, cached; filters and further pages are rewritten to ../list/activities. */
export const getStaticProps = readerProps(loadActivityIndex)
export default readerPage(ActivityIndexView)
