import config from '@payload-config'
import { stringify } from 'csv-stringify/sync'
import { createHash, randomUUID } from 'node:crypto'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import type { FriendlyCity, Partnership } from '@/payload-types'
import { cacheTag } from '@/cache/tags'
import type { DatePrecision } from '@/site/format'
import { localizedPath } from '@/site/pageMetadata'

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
export function isoDate(
  iso: string | null | undefined,
  precision: DatePrecision | null | undefined = 'day',
): string | null {
  if (!iso) return null
  const day = new Date(iso).toISOString().slice(0, 10)
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day
}

/** When the current status began: the latest decision that set it, or else the agreement itself. */
function statusSince(partnership: Pick<Partnership, 'status' | 'statusHistory' | 'agreementDate'>): string | null {
  const decisions = (partnership.statusHistory ?? []).filter(
    (row) => row.status === partnership.status && (row.effectiveOn || row.decidedOn),
  )
  const latest = decisions
    .sort((a, b) => String(a.effectiveOn || a.decidedOn).localeCompare(String(b.effectiveOn || b.decidedOn)))
    .at(-1)
  if (latest) return latest.effectiveOn ? isoDate(latest.effectiveOn) : isoDate(latest.decidedOn, latest.datePrecision)
  return partnership.status === 'active' ? isoDate(partnership.agreementDate) : null
}

type SharedFields = 'id' | 'slug' | 'name' | 'country' | 'location' | 'wikidataId' | 'website'

const shared = (
  doc: Pick<Partnership, SharedFields> | Pick<FriendlyCity, SharedFields>,
  english: Map<unknown, string | null | undefined>,
) => ({
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
  const common = {
    slug: true,
    name: true,
    country: true,
    location: true,
    wikidataId: true,
    website: true,
    updatedAt: true,
  } as const
  const everyPublished = { fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false } as const
  const published = { ...everyPublished, locale: defaultLocale } as const
  const englishNames = { ...everyPublished, locale: 'en', select: { name: true } } as const
  const [partnerships, partnershipsEn, friendly, friendlyEn] = await Promise.all([
    payload.find({
      collection: 'partnerships',
      ...published,
      sort: 'agreementDate',
      select: { ...common, agreementDate: true, status: true, statusHistory: true },
    }),
    payload.find({ collection: 'partnerships', ...englishNames }),
    payload.find({
      collection: 'friendly-cities',
      ...published,
      sort: 'slug',
      select: { ...common, documentDate: true, datePrecision: true },
    }),
    payload.find({ collection: 'friendly-cities', ...englishNames }),
  ])
  // Built once: a map per document would make the build quadratic (minutes at 10,000 cities).
  const namesById = (docs: { id: unknown; name?: string | null }[]) => new Map(docs.map((doc) => [doc.id, doc.name]))
  const partnershipNamesEn = namesById(partnershipsEn.docs)
  const friendlyNamesEn = namesById(friendlyEn.docs)
  const url = (path: string) => new URL(localizedPath(defaultLocale, path), siteUrl()).toString()
  const modified =
    [...partnerships.docs, ...friendly.docs]
      .map((doc) => doc.updatedAt)
      .sort()
      .at(-1) ?? null
  const records: TwinCityRecord[] = [
    ...partnerships.docs.map((doc) => ({
      type: 'partnership' as const,
      ...shared(doc, partnershipNamesEn),
      date: isoDate(doc.agreementDate),
      datePrecision: 'day' as const,
      status: doc.status,
      statusSince: statusSince(doc),
      url: url(`/partnerships/${doc.slug}`),
    })),
    ...friendly.docs.map((doc) => ({
      type: 'friendly-city' as const,
      ...shared(doc, friendlyNamesEn),
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

const serializers: Record<OpenDataFormat, (records: TwinCityRecord[]) => string> = {
  json: toJson,
  csv: toCsv,
  geojson: toGeoJson,
}

export type OpenDataFileBody = { body: string; etag: string }

const tags = [cacheTag('partnerships'), cacheTag('friendly-cities')]

/**
 * A token that changes whenever the revalidation hooks expire these tags (a publish, an edit, a
 * deletion). Next's data cache holds only this token: it refuses entries over 2 MB, which the
 * GeoJSON passes at a few thousand cities, so the files themselves could not live there.
 */
const generation = unstable_cache(async () => randomUUID(), ['open-data-generation'], { tags })

type Build = {
  generation: string
  dataset: ReturnType<typeof loadRecords>
  files: Map<OpenDataFormat, Promise<OpenDataFileBody>>
}
let current: Build | undefined

/**
 * The dataset of the current generation, read from the database once however many requests ask
 * (after a publish a hundred harvesters would otherwise each read 10,000 cities).
 */
async function currentBuild(): Promise<Build> {
  const token = await generation()
  if (current?.generation !== token) {
    const dataset = loadRecords()
    const build: Build = { generation: token, dataset, files: new Map() }
    current = build
    // A failed read is not kept: the next request tries again.
    dataset.catch(() => {
      if (current === build) current = undefined
    })
  }
  return current!
}

/** One file of the dataset, built once per change and kept in memory until the next one. */
export async function getOpenDataFile(format: OpenDataFormat): Promise<OpenDataFileBody> {
  const build = await currentBuild()
  let file = build.files.get(format)
  if (!file) {
    file = build.dataset.then(({ records }) => {
      const body = serializers[format](records)
      return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
    })
    build.files.set(format, file)
  }
  return file
}

/** What the open-data page says about the dataset. */
export async function getOpenDataSummary(): Promise<{ count: number; modified: string | null }> {
  const { records, modified } = await (await currentBuild()).dataset
  return { count: records.length, modified }
}
