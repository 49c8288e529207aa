import { CityPage } from '@/site/components/CityPage'
import { loadCity } from '@/site/views/city/load'
import { previewPage } from '@/site/views/previewPage'

const { generateMetadata, Page } = previewPage(loadCity('friendly-cities'), CityPage)

export { generateMetadata }
export default Page
