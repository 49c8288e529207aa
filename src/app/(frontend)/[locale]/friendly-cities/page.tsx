import { CityIndex, cityIndexMetadata, type CityIndexProps } from '@/site/components/CityIndex'

export const generateMetadata = (props: CityIndexProps) => cityIndexMetadata('friendly-cities', props)

export default function Page(props: CityIndexProps) {
  return <CityIndex kind="friendly-cities" {...props} />
}
