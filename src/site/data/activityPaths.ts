import { documentPath, localizedPath, sections } from '@/publicPaths'

// The activities' feed and open-data files beside their pages' paths (src/publicPaths.ts).

export const activityPath = (slug: string) => documentPath('activities', slug)
export const activitiesFeedPath = (locale: string) => localizedPath(locale, `${sections.activities}/feed.xml`)

export type ActivitiesDataFormat = 'json' | 'csv'
export const activitiesDataFile = (format: ActivitiesDataFormat) => `twin-city-activities.${format}`
export const activitiesDataFilePath = (format: ActivitiesDataFormat) => `/open-data/${activitiesDataFile(format)}`
