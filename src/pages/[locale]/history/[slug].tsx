import type { PageConfig } from 'next'

import { HistoryView } from '@/site/views/history/HistoryView'
import { loadHistory } from '@/site/views/history/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadHistory)
export default readerPage(HistoryView)
