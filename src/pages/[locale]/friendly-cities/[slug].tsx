import type { PageConfig } from 'next'

import { CityPage } from '@/site/components/CityPage'
import { loadCity } from '@/site/views/city/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadCity('friendly-cities'))
export default readerPage(CityPage)
