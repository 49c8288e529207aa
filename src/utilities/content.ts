import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { type CollectionSlug, type GlobalSlug, getPayload, type TypedLocale, type Where } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { cacheTag } from '@/utilities/cacheTag'
import type {
  AccessibilityStatement,
  Commitment,
  FriendlyCity,
  HistoryArticle,
  Partnership,
  SiteSetting,
} from '@/payload-types'

/**
 * A document in the reader's language, where each localized text that has no translation is the
 * Polish one; `fallback` names those fields so the page can say so and mark them `lang="pl"`.
 */
export type Localized<T> = T & { fallback: string[] }

const localizedTexts = ['name', 'summary', 'content', 'title', 'excerpt', 'description', 'officeName', 'address', 'openDataLicence'] as const

/** A group (such as the licence's name and address) is untranslated when all of its fields are. */
const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty))

function localize<T extends object>(doc: T, polish: T | undefined): Localized<T> {
  const fallback: string[] = []
  const merged = { ...doc } as Record<string, unknown>
  for (const field of localizedTexts) {
    if (field in doc && isEmpty(merged[field]) && polish && !isEmpty((polish as Record<string, unknown>)[field])) {
      merged[field] = (polish as Record<string, unknown>)[field]
      fallback.push(field)
    }
  }
  // The notes of a partnership's status history are translated row by row.
  const rows = merged.statusHistory
  if (Array.isArray(rows) && polish) {
    const polishNotes = new Map(
      ((polish as { statusHistory?: { id?: string | null; note?: string | null }[] }).statusHistory ?? []).map((row) => [row.id, row.note]),
    )
    merged.statusHistory = rows.map((row: { id?: string | null; note?: string | null }) =>
      isEmpty(row.note) && !isEmpty(polishNotes.get(row.id)) ? { ...row, note: polishNotes.get(row.id), noteLang: defaultLocale } : row,
    )
  }
  return { ...(merged as T), fallback }
}

/** Reads in the reader's locale and, unless that is Polish, in Polish too, for the fallback. */
const withPolish = <R>(locale: string, read: (readLocale: string) => Promise<R>) =>
  Promise.all([read(locale), locale === defaultLocale ? undefined : read(defaultLocale)])

/**
 * Published content is cached until a hook expires its tag. In draft mode (an editor's preview)
 * the latest drafts are read, uncached, and never stored where a reader could get them.
 */
async function cached<T>(slug: CollectionSlug | GlobalSlug, key: unknown[], load: (draft: boolean) => Promise<T>): Promise<T> {
  const { isEnabled } = await draftMode()
  if (isEnabled) return load(true)
  return unstable_cache(() => load(false), [slug, ...key.map(String)], { tags: [cacheTag(slug)] })()
}

type Content = { partnerships: Partnership; 'friendly-cities': FriendlyCity; commitments: Commitment; 'history-articles': HistoryArticle }

async function findLocalized<S extends keyof Content>(
  collection: S,
  locale: string,
  { where, sort, limit = 0 }: { where?: Where; sort?: string; limit?: number } = {},
): Promise<Localized<Content[S]>[]> {
  return cached(collection, [locale, JSON.stringify(where ?? {}), sort ?? '', limit], async (draft) => {
    const payload = await getPayload({ config })
    const read = (readLocale: string) =>
      payload.find({
        collection,
        locale: readLocale as TypedLocale,
        fallbackLocale: false,
        where,
        sort,
        limit,
        pagination: limit > 0,
        depth: 1,
        draft,
        // Anonymous reads go through access control: only published documents come back.
        overrideAccess: draft,
      })
    const [inLocale, inPolish] = await withPolish(locale, read)
    const polish = new Map(inPolish?.docs.map((doc) => [doc.id, doc]))
    return inLocale.docs.map((doc) => localize(doc as Content[S], polish.get(doc.id) as Content[S] | undefined))
  })
}

export const getPartnerships = (locale: string) => findLocalized('partnerships', locale, { sort: 'agreementDate' })
export const getFriendlyCities = (locale: string) => findLocalized('friendly-cities', locale, { sort: 'name' })
export const getCommitments = (locale: string) => findLocalized('commitments', locale, { sort: 'order' })
export const getHistoryArticles = (locale: string) => findLocalized('history-articles', locale, { sort: '-publishedAt' })

export async function getBySlug<S extends 'partnerships' | 'friendly-cities' | 'history-articles'>(
  collection: S,
  slug: string,
  locale: string,
): Promise<Localized<Content[S]> | undefined> {
  const [doc] = await findLocalized(collection, locale, { where: { slug: { equals: slug } }, limit: 1 })
  return doc
}

/** The partnerships signed just before and just after this one. */
export async function getNeighbours(partnership: Partnership, locale: string) {
  const around = (operator: 'less_than' | 'greater_than', sort: string) =>
    findLocalized('partnerships', locale, { where: { agreementDate: { [operator]: partnership.agreementDate } }, sort, limit: 1 })
  const [[previous], [next]] = await Promise.all([around('less_than', '-agreementDate'), around('greater_than', 'agreementDate')])
  return { previous, next }
}

async function findGlobalLocalized<T extends object>(slug: GlobalSlug, locale: string): Promise<Localized<T>> {
  return cached(slug, [locale], async (draft) => {
    const payload = await getPayload({ config })
    const read = (readLocale: string) =>
      payload.findGlobal({ slug, locale: readLocale as TypedLocale, fallbackLocale: false, depth: 1, draft, overrideAccess: draft })
    const [inLocale, inPolish] = await withPolish(locale, read)
    return localize(inLocale as T, inPolish as T | undefined)
  })
}

export const getSiteSettings = (locale: string) => findGlobalLocalized<SiteSetting>('site-settings', locale)
export const getAccessibilityStatement = (locale: string) =>
  findGlobalLocalized<AccessibilityStatement>('accessibility-statement', locale)
