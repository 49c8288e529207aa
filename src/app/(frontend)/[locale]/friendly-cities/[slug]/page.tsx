import { cityRoute } from '@/site/components/CityPage/route'

const { generateMetadata, CityRoute } = cityRoute(
  'friendly-cities',
  (city, t) => `${t('city.friendlyCity')} · ${t(`relation.${city.relationType}`)}`,
)

export { generateMetadata }
export default CityRoute
