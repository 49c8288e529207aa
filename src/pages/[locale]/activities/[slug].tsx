import type { PageConfig } from 'next'

import { ActivityView } from '@/site/views/activity/ActivityView'
import { loadActivity } from '@/site/views/activity/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadActivity)
export default readerPage(ActivityView)
