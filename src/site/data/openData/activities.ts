import { stringify } from 'csv-stringify/sync'

import { type ActivitiesDataFormat, activitiesDataFile } from '@/site/data/activityPaths'
import { activityFields } from '@/site/data/openData/activityFields'
import { type ActivityRecord, loadActivityRecords } from '@/site/data/openData/activityRecords'
import { openDataset } from '@/site/data/openData/build'
import { openDataMediaTypes } from '@/site/data/openData/formats'
import { fileResponse } from '@/site/data/openData/response'

/** Published activities as files; expired with the activities and with the names they show. */
const activities = openDataset<ActivityRecord, ActivitiesDataFormat>({
  name: 'twin-city-activities',
  collections: ['activities', 'partnerships', 'friendly-cities', 'commitments'],
  load: loadActivityRecords,
  serialize: {
    json: (records) => `${JSON.stringify(records)}\n`,
    // RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
    csv: (records) =>
      stringify(records, {
        header: true,
        columns: [...activityFields],
        record_delimiter: 'windows',
        cast: { number: String },
      }),
  },
})

export const getActivitiesSummary = () => activities.summary()

export async function activitiesDataResponse(request: Request, format: ActivitiesDataFormat): Promise<Response> {
  return fileResponse(request, await activities.file(format), {
    mediaType: openDataMediaTypes[format],
    download: format === 'csv' ? activitiesDataFile(format) : undefined,
  })
}
