import type { ActivitiesDataFormat } from '@/site/data/activityPaths'
import type { ActivityRecord } from '@/site/data/openData/activityRecords'

// What the open-data page shows of the activities' files: no database here, the view imports it.

/** The columns of the activities' files, in order; the open-data page describes each one. */
export const activityFields = [
  'id',
  'slug',
  'title_pl',
  'title_en',
  'date',
  'date_precision',
  'end_date',
  'kind',
  'cities',
  'areas',
  'place',
  'url',
] as const satisfies readonly (keyof ActivityRecord)[]

export const activitiesFormats: ActivitiesDataFormat[] = ['csv', 'json']
