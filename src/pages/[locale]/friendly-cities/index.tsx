import type { PageConfig } from 'next'

import { CityIndexView } from '@/site/views/cityIndex/CityIndexView'
import { loadCityIndex } from '@/site/views/cityIndex/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadCityIndex('friendly-cities'))
export default readerPage(CityIndexView)
