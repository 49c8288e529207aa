import type { PageConfig } from 'next'

import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'
import { HomeView } from '@/site/views/home/HomeView'
import { loadHome } from '@/site/views/home/load'

// No JavaScript on readers' pages: Next sends none of its runtime (src/pages/_app.tsx).
export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadHome)
export default readerPage(HomeView)
