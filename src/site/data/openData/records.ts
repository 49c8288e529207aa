import { defaultLocale } from '@/i18n/locales'
import type { FriendlyCity, Partnership } from '@/payload-types'
import { absoluteUrl, documentPath, localizedPath } from '@/publicPaths'
import type { TwinCityRecord } from '@/site/data/openData/fields'
import { payloadInstance } from '@/site/data/payload'
import type { DatePrecision } from '@/site/format'

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

/** The Polish page of a city: the dataset is in Polish, with English names beside. */
const pageUrl = (collection: 'partnerships' | 'friendly-cities', slug: string) =>
  absoluteUrl(localizedPath(defaultLocale, documentPath(collection, slug)))

/** Every published partnership and friendly city: anonymous reads, so no draft can come back. */
export async function loadRecords(): Promise<{ records: TwinCityRecord[]; modified: string | null }> {
  const payload = await payloadInstance()
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
      url: pageUrl('partnerships', doc.slug),
    })),
    ...friendly.docs.map((doc) => ({
      type: 'friendly-city' as const,
      ...shared(doc, friendlyNamesEn),
      date: isoDate(doc.documentDate, doc.datePrecision),
      datePrecision: doc.documentDate ? (doc.datePrecision ?? 'day') : null,
      status: null,
      statusSince: null,
      url: pageUrl('friendly-cities', doc.slug),
    })),
  ]
  return { records, modified }
}
