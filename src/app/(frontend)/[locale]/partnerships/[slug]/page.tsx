import { cityRoute } from '@/site/components/CityPage/route'
import { formatDate } from '@/site/format'

const { generateMetadata, CityRoute } = cityRoute(
  'partnerships',
  (city, t, locale) =>
    `${t('city.partnerCity')} · ${t('city.agreementDate')}: ${formatDate(city.agreementDate, locale)}`,
)

export { generateMetadata }
export default CityRoute
