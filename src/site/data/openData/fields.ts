import type { Partnership } from '@/payload-types'
import type { DatePrecision } from '@/site/format'

/** The columns of the dataset, in order; the open-data page describes each one. */
export const openDataFields = [
  'type',
  'slug',
  'name_pl',
  'name_en',
  'country',
  'date',
  'datePrecision',
  'status',
  'statusSince',
  'latitude',
  'longitude',
  'wikidataId',
  'website',
  'url',
] as const

export type TwinCityRecord = {
  type: 'partnership' | 'friendly-city'
  slug: string
  name_pl: string
  name_en: string | null
  country: string
  date: string | null
  datePrecision: DatePrecision | null
  status: Partnership['status'] | null
  statusSince: string | null
  latitude: number | null
  longitude: number | null
  wikidataId: string | null
  website: string | null
  url: string
}
