import config from '@payload-config'
import { stringify } from 'csv-stringify/sync'
import { createHash } from 'node:crypto'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import type { FriendlyCity, Partnership } from '@/payload-types'
import { cacheTag } from '@/utilities/cacheTag'
import type { DatePrecision } from '@/utilities/format'
import { localizedPath } from '@/utilities/pageMetadata'

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

export type OpenDataFormat = 'json' | 'csv' | 'geojson'

export const openDataFile = (format: OpenDataFormat) => `twin-cities.${format}`
export const openDataPath = (format: OpenDataFormat) => `/open-data/${openDataFile(format)}`

export const openDataMediaTypes: Record<OpenDataFormat, string> = {
  json: 'application/json; charset=utf-8',
  // RFC 4180's media type; `header=present` says the first row names the columns.
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
}

const siteUrl = () => process.env.SERVER_URL || 'http://localhost:3000'

/**
 * A date to the precision it is known, as ISO 8601 allows (`1992-09-25`, `2022-03`, `2022`).
 * Dates are stored at noon UTC, so the UTC calendar date is the one the editor picked.
 */
export function isoDate(iso: string | null | undefined, precision: DatePrecision | null | undefined = 'day'): string | null {
  if (!iso) return null
  const day = new Date(iso).toISOString().slice(0, 10)
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day
}

/** When the current status began: the latest decision that set it, or else the agreement itself. */
function statusSince(partnership: Pick<Partnership, 'status' | 'statusHistory' | 'agreementDate'>): string | null {
  const decisions = (partnership.statusHistory ?? []).filter((row) => row.status === partnership.status && (row.effectiveOn || row.decidedOn))
  const latest = decisions.sort((a, b) => String(a.effectiveOn || a.decidedOn).localeCompare(String(b.effectiveOn || b.decidedOn))).at(-1)
  if (latest) return latest.effectiveOn ? isoDate(latest.effectiveOn) : isoDate(latest.decidedOn, latest.datePrecision)
  return partnership.status === 'active' ? isoDate(partnership.agreementDate) : null
}

type SharedFields = 'id' | 'slug' | 'name' | 'country' | 'location' | 'wikidataId' | 'website'

const shared = (doc: Pick<Partnership, SharedFields> | Pick<FriendlyCity, SharedFields>, english: Map<unknown, string | null | undefined>) => ({
  slug: doc.slug,
  name_pl: doc.name,
  name_en: english.get(doc.id) || null,
  country: doc.country,
  latitude: doc.location?.latitude ?? null,
  longitude: doc.location?.longitude ?? null,
  wikidataId: doc.wikidataId || null,
  website: doc.website || null,
})

/** Every published partnership and friendly city: anonymous reads, so no draft can come back. */
async function loadRecords(): Promise<{ records: TwinCityRecord[]; modified: string | null }> {
  const payload = await getPayload({ config })
  // Only the fields the files hold: at 10,000 cities whole documents (rich text, translations of
  // every field) made one build take minutes.
  const common = { slug: true, name: true, country: true, location: true, wikidataId: true, website: true, updatedAt: true } as const
  const published = { locale: defaultLocale, fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false } as const
  const englishNames = { locale: 'en', fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false, select: { name: true } } as const
  const [partnerships, partnershipsEn, friendly, friendlyEn] = await Promise.all([
    payload.find({
      collection: 'partnerships',
      ...published,
      sort: 'agreementDate',
      select: { ...common, agreementDate: true, status: true, statusHistory: true },
    }),
    payload.find({ collection: 'partnerships', ...englishNames }),
    payload.find({ collection: 'friendly-cities', ...published, sort: 'slug', select: { ...common, documentDate: true, datePrecision: true } }),
    payload.find({ collection: 'friendly-cities', ...englishNames }),
  ])
  const names = (docs: { id: unknown; name?: string | null }[]) => new Map(docs.map((doc) => [doc.id, doc.name]))
  const url = (path: string) => new URL(localizedPath(defaultLocale, path), siteUrl()).toString()
  const modified = [...partnerships.docs, ...friendly.docs].map((doc) => doc.updatedAt).sort().at(-1) ?? null
  const records: TwinCityRecord[] = [
    ...partnerships.docs.map((doc) => ({
      type: 'partnership' as const,
      ...shared(doc, names(partnershipsEn.docs)),
      date: isoDate(doc.agreementDate),
      datePrecision: 'day' as const,
      status: doc.status,
      statusSince: statusSince(doc),
      url: url(`/partnerships/${doc.slug}`),
    })),
    ...friendly.docs.map((doc) => ({
      type: 'friendly-city' as const,
      ...shared(doc, names(friendlyEn.docs)),
      date: isoDate(doc.documentDate, doc.datePrecision),
      datePrecision: doc.documentDate ? (doc.datePrecision ?? 'day') : null,
      status: null,
      statusSince: null,
      url: url(`/friendly-cities/${doc.slug}`),
    })),
  ]
  return { records, modified }
}

const toJson = (records: TwinCityRecord[]) => `${JSON.stringify(records)}\n`

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
const toCsv = (records: TwinCityRecord[]) =>
  stringify(records, { header: true, columns: [...openDataFields], record_delimiter: 'windows', cast: { number: String } })

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

const serializers: Record<OpenDataFormat, (records: TwinCityRecord[]) => string> = { json: toJson, csv: toCsv, geojson: toGeoJson }

export type OpenDataFileBody = { body: string; etag: string }

const tags = [cacheTag('partnerships'), cacheTag('friendly-cities')]

/**
 * Each file is built once per change and kept in Next's data cache under the tags the revalidation
 * hooks expire, so a publish refreshes it like the pages. One entry per file: a request reads only
 * its own file from the cache (at 10,000 cities the three together are megabytes).
 */
const cachedFile = (format: OpenDataFormat): Promise<OpenDataFileBody> =>
  unstable_cache(
    async () => {
      const body = serializers[format]((await loadRecords()).records)
      return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
    },
    ['open-data', format],
    { tags },
  )()

// Requests that arrive while a file is being built wait for that build instead of each starting
// their own (after a publish, a hundred harvesters would otherwise build it a hundred times).
const building = new Map<OpenDataFormat, Promise<OpenDataFileBody>>()

export function getOpenDataFile(format: OpenDataFormat): Promise<OpenDataFileBody> {
  const pending = building.get(format)
  if (pending) return pending
  const file = cachedFile(format).finally(() => building.delete(format))
  building.set(format, file)
  return file
}

/** What the open-data page says about the dataset. */
export const getOpenDataSummary = unstable_cache(
  async (): Promise<{ count: number; modified: string | null }> => {
    const { records, modified } = await loadRecords()
    return { count: records.length, modified }
  },
  ['open-data-summary'],
  { tags },
)
