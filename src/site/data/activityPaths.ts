import { localizedPath } from '@/publicPaths'

// Issue 16's public paths of activities, until they join src/publicPaths.ts (the readers' pages
// add the `activities` section there): kept here so that the feed and open data link the same pages.

export const activitiesPath = '/activities'
export const activityPath = (slug: string) => `${activitiesPath}/${slug}`
export const activitiesFeedPath = (locale: string) => localizedPath(locale, `${activitiesPath}/feed.xml`)

export type ActivitiesDataFormat = 'json' | 'csv'
export const activitiesDataFile = (format: ActivitiesDataFormat) => `twin-city-activities.${format}`
export const activitiesDataFilePath = (format: ActivitiesDataFormat) => `/open-data/${activitiesDataFile(format)}`
