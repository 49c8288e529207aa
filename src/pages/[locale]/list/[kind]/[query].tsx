import type { GetStaticProps, PageConfig } from 'next'

import { CityIndexView } from '@/site/views/cityIndex/CityIndexView'
import { loadCityIndex } from '@/site/views/cityIndex/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand

const lists = {
  partnerships: readerProps(loadCityIndex('partnerships')),
  'friendly-cities': readerProps(loadCityIndex('friendly-cities')),
}

/** Further pages and countries of the lists, which the proxy rewrites here from their query (src/site/listQuery.ts). */
export const getStaticProps: GetStaticProps = async (context) => {
  const kind = context.params?.kind
  if (kind !== 'partnerships' && kind !== 'friendly-cities') return { notFound: true }
  return lists[kind](context)
}
export default readerPage(CityIndexView)
