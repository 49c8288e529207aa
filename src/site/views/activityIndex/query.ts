import type { ActivityQuery } from '@/publicPaths'
import type { ActivityFilter } from '@/site/activity'

/** A filter as the list's URL says it: a city by its slug, an area by its id. */
export const pathFilter = ({ city, area, kind, year }: ActivityFilter): ActivityQuery => ({
  city: city?.slug,
  area: area?.id,
  kind,
  year,
})
