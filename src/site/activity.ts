import type { Activity } from '@/payload-types'
import type { CityCollection } from '@/publicPaths'
import type { DatePrecision } from '@/site/format'

/**
 * The collection's kinds (src/collections/Activities.ts), written again: importing the collection
 * would bring its config into the readers' pages. `satisfies` fails the type check if they part.
 */
export const activityKinds = [
  'official-visit',
  'exchange',
  'cultural-event',
  'project',
  'agreement',
  'other',
] as const satisfies readonly Activity['kind'][]
export type ActivityKind = (typeof activityKinds)[number]

export type CityLink = { collection: CityCollection; id: number; slug: string; name: string; lang?: string }
export type AreaLink = { id: number; title: string; lang?: string }

/** One activity as lists show it: plain data, names resolved in the reader's language. */
export type ActivityItem = {
  id: number
  slug: string
  title: string
  lang?: string
  date: string
  datePrecision: DatePrecision
  endDate?: string | null
  kind: ActivityKind
  cities: CityLink[]
  areas: AreaLink[]
}

export type ActivityFilter = { city?: CityLink; area?: AreaLink; kind?: ActivityKind; year?: number }
