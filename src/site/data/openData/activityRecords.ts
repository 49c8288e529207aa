import { defaultLocale } from '@/i18n/locales'
import type { Activity } from '@/payload-types'
import { absoluteUrl, localizedPath } from '@/publicPaths'
import { activityPath } from '@/site/data/activityPaths'
import { payloadInstance } from '@/site/data/payload'
import { isoDate } from '@/site/data/openData/records'

export type ActivityRecord = {
  id: number | string
  slug: string
  title_pl: string
  title_en: string | null
  date: string | null
  date_precision: NonNullable<Activity['datePrecision']>
  end_date: string | null
  kind: Activity['kind']
  /** The slugs of the partner cities, space-separated (slugs hold no spaces). */
  cities: string
  /** The Polish titles of the commitments served, `; `-separated. */
  areas: string
  place: string | null
  url: string
}

const everyPublished = { depth: 0, pagination: false, overrideAccess: false, fallbackLocale: false } as const

/**
 * Every published activity, newest first, with its cities and areas named, not numbered. Anonymous
 * reads: no draft comes back, nor a city or commitment that is not published.
 */
export async function loadActivityRecords(): Promise<{ records: ActivityRecord[]; modified: string | null }> {
  const payload = await payloadInstance()
  const polish = { ...everyPublished, locale: defaultLocale } as const
  // Only the fields the files hold: 50,000 whole documents (rich text, every language) would take minutes.
  const [activities, english, partnerships, friendly, commitments] = await Promise.all([
    payload.find({
      collection: 'activities',
      ...polish,
      sort: '-date',
      select: {
        slug: true,
        title: true,
        date: true,
        datePrecision: true,
        endDate: true,
        kind: true,
        cities: true,
        areas: true,
        place: true,
        updatedAt: true,
      },
    }),
    payload.find({ collection: 'activities', ...everyPublished, locale: 'en', select: { title: true } }),
    payload.find({ collection: 'partnerships', ...polish, select: { slug: true } }),
    payload.find({ collection: 'friendly-cities', ...polish, select: { slug: true } }),
    payload.find({ collection: 'commitments', ...polish, select: { title: true } }),
  ])
  // Maps built once: a search per activity would make the build quadratic.
  const titlesEn = new Map(english.docs.map((doc) => [doc.id, doc.title]))
  const slugs = {
    partnerships: new Map(partnerships.docs.map((doc) => [doc.id, doc.slug])),
    'friendly-cities': new Map(friendly.docs.map((doc) => [doc.id, doc.slug])),
  }
  const areaTitles = new Map(commitments.docs.map((doc) => [doc.id, doc.title]))
  const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
  const records = activities.docs.map((doc): ActivityRecord => {
    const precision = doc.datePrecision ?? 'day'
    return {
      id: doc.id,
      slug: doc.slug,
      title_pl: doc.title,
      title_en: titlesEn.get(doc.id) || null,
      date: isoDate(doc.date, precision),
      date_precision: precision,
      // The precision is the row's: an end known to the day would claim more than the start does.
      end_date: isoDate(doc.endDate, precision),
      kind: doc.kind,
      cities: (doc.cities ?? [])
        .map((city) => slugs[city.relationTo].get(idOf(city.value)))
        .filter(Boolean)
        .join(' '),
      areas: (doc.areas ?? [])
        .map((area) => areaTitles.get(idOf(area)))
        .filter(Boolean)
        .join('; '),
      place: doc.place || null,
      url: absoluteUrl(localizedPath(defaultLocale, activityPath(doc.slug))),
    }
  })
  const modified = activities.docs.map((doc) => doc.updatedAt).sort().at(-1) ?? null
  return { records, modified }
}
