import { stringify } from 'csv-stringify/sync'

import type { OpenDataFormat } from '@/publicPaths'
import { openDataFields, type TwinCityRecord } from '@/site/data/openData/fields'

export const openDataMediaTypes: Record<OpenDataFormat, string> = {
  json: 'application/json; charset=utf-8',
  // RFC 4180's media type; `header=present` says the first row names the columns.
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
}

const toJson = (records: TwinCityRecord[]) => `${JSON.stringify(records)}\n`

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
const toCsv = (records: TwinCityRecord[]) =>
  stringify(records, {
    header: true,
    columns: [...openDataFields],
    record_delimiter: 'windows',
    cast: { number: String },
  })

/** RFC 7946: positions are [longitude, latitude]; a city without coordinates has a null geometry. */
const toGeoJson = (records: TwinCityRecord[]) =>
  `${JSON.stringify({
    type: 'FeatureCollection',
    features: records.map(({ latitude, longitude, ...properties }) => ({
      type: 'Feature',
      id: `${properties.type}/${properties.slug}`,
      geometry: latitude != null && longitude != null ? { type: 'Point', coordinates: [longitude, latitude] } : null,
      properties: { ...properties, latitude, longitude },
    })),
  })}\n`

export const serializers: Record<OpenDataFormat, (records: TwinCityRecord[]) => string> = {
  json: toJson,
  csv: toCsv,
  geojson: toGeoJson,
}
