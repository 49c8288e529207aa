import type { FriendlyCity, Partnership } from '@/payload-types'
import type { Localized } from '@/site/data/localized'

export type City = Localized<FriendlyCity> | Localized<Partnership>

export const isPartnership = (city: City): city is Localized<Partnership> => 'agreementDate' in city
