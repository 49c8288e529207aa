import { CityIndex, cityIndexMetadata, type CityIndexProps } from '@/site/components/CityIndex'

export const generateMetadata = (props: CityIndexProps) => cityIndexMetadata('partnerships', props)

export default function Page(props: CityIndexProps) {
  return <CityIndex kind="partnerships" {...props} />
}
