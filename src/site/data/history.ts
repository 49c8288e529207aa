import { findBySlug, findLocalized } from '@/site/data/findLocalized'

/** Newest first: the home page leads with the first. */
export const getHistoryArticles = async (locale: string) =>
  (await findLocalized('history-articles', locale, { sort: '-publishedAt' })).docs

export const getHistoryArticle = (slug: string, locale: string) => findBySlug('history-articles', slug, locale)
