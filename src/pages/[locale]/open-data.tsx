import type { PageConfig } from 'next'

import { OpenDataView } from '@/site/views/openData/OpenDataView'
import { loadOpenData } from '@/site/views/openData/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadOpenData)
export default readerPage(OpenDataView)
