import { translator } from '@/i18n/messages'
import type { HistoryArticle } from '@/payload-types'
import { documentPath } from '@/publicPaths'
import { getHistoryArticle } from '@/site/data/history'
import type { Localized } from '@/site/data/localized'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

export type HistoryData = { path: string; article: Localized<HistoryArticle> }

/** `/{locale}/history/{slug}`. */
export const loadHistory: Load<HistoryData> = async (locale, { slug }) => {
  if (typeof slug !== 'string') return null
  const article = await getHistoryArticle(slug, locale)
  if (!article) return null
  const path = documentPath('history-articles', slug)
  const head = pageHead(translator(locale), {
    locale,
    path,
    title: article.title,
    description: article.excerpt,
    type: 'article',
  })
  return { locale, path, article, head }
}
