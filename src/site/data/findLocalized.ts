import type { PaginatedDocs, TypedLocale, Where } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import type { Activity, Commitment, FriendlyCity, HistoryArticle, Partnership } from '@/payload-types'
import type { PageCollection } from '@/publicPaths'
import { cached } from '@/site/data/cached'
import { type Localized, localize } from '@/site/data/localized'
import { payloadInstance } from '@/site/data/payload'

type Content = {
  partnerships: Partnership
  'friendly-cities': FriendlyCity
  commitments: Commitment
  'history-articles': HistoryArticle
  activities: Activity
}

type Query = {
  where?: Where
  sort?: string | string[]
  limit?: number
  page?: number
  select?: Record<string, true>
  /** `false`: only the first `limit` documents, without counting them all. */
  pagination?: false
}

type Paged<T> = { docs: T[]; totalDocs: number; page: number; totalPages: number }

/** One page (or, with `limit` 0, all) of a collection in the reader's language, Polish filling the gaps. */
export async function loadLocalized<S extends keyof Content>(
  collection: S,
  locale: string,
  { where, sort, limit = 0, page = 1, select, pagination }: Query,
  draft: boolean,
): Promise<Paged<Localized<Content[S]>>> {
  const payload = await payloadInstance()
  const read = async (readLocale: string, ids?: unknown[]): Promise<PaginatedDocs<Content[S]>> =>
    payload.find({
      collection,
      locale: readLocale as TypedLocale,
      fallbackLocale: false,
      // The Polish read only needs the documents of this page.
      where: ids ? { id: { in: ids } } : where,
      sort,
      limit: ids ? 0 : limit,
      page: ids ? 1 : page,
      pagination: !ids && limit > 0 && pagination !== false,
      select,
      depth: select ? 0 : 1,
      draft,
      // Anonymous reads go through access control: only published documents come back.
      overrideAccess: draft,
    } as never) as never
  const inLocale = await read(locale)
  const ids = inLocale.docs.map((doc) => doc.id)
  const inPolish = locale === defaultLocale || !ids.length ? undefined : await read(defaultLocale, ids)
  const polish = new Map(inPolish?.docs.map((doc) => [doc.id, doc]))
  return {
    docs: inLocale.docs.map((doc) => localize(doc as Content[S], polish.get(doc.id) as Content[S] | undefined)),
    totalDocs: inLocale.totalDocs,
    page: inLocale.page ?? 1,
    totalPages: inLocale.totalPages,
  }
}

/** Without `select`, uploads come populated (depth 1): a change to an image's alt text shows too. */
export const findLocalized = <S extends keyof Content>(collection: S, locale: string, query: Query = {}) =>
  cached(query.select ? [collection] : [collection, 'media'], [locale, JSON.stringify(query)], (draft) =>
    loadLocalized(collection, locale, query, draft),
  )

/**
 * The document a page shows, by the slug in its path. The page depends on that document alone: a
 * change to another of the collection does not expire it (a slug taken later by another document
 * was a 404 until then, and 404s are not cached).
 */
export async function findBySlug<S extends PageCollection>(
  collection: S,
  slug: string,
  locale: string,
): Promise<Localized<Content[S]> | undefined> {
  const query: Query = { where: { slug: { equals: slug } }, limit: 1 }
  const { docs } = await cached(
    [collection, 'media'],
    [locale, JSON.stringify(query)],
    (draft) => loadLocalized(collection, locale, query, draft),
    { collection, ids: (found) => found.docs.map((doc) => doc.id) },
  )
  return docs[0]
}
