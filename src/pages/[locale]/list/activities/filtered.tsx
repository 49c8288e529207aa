import type { PageConfig } from 'next'

import { ActivityIndexView } from '@/site/views/activityIndex/ActivityIndexView'
import { loadActivityIndex } from '@/site/views/activityIndex/load'
import { readerPage } from '@/site/views/readerPage'
import { readerServerProps } from '@/site/views/readerServerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
/**
 * `/{locale}/activities?…` with a filter or a page, rewritten here (src/config/activityRewrites.ts):
 * rendered per request and never cached, as there are too many combinations to keep.
 */
export const getServerSideProps = readerServerProps(loadActivityIndex)
export default readerPage(ActivityIndexView)
