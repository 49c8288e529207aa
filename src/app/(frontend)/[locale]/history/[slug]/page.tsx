import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Fallback } from '@/site/components/Fallback'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import { documentPath, localizedPath } from '@/publicPaths'
import { getHistoryArticle } from '@/site/data/history'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await getHistoryArticle(slug, locale)
  if (!article) return {}
  return pageMetadata({
    locale,
    path: documentPath('history-articles', slug),
    title: article.title,
    description: article.excerpt ?? undefined,
    type: 'article',
  })
}

export default async function HistoryPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, article] = await Promise.all([getTranslations({ locale }), getHistoryArticle(slug, locale)])
  if (!article) notFound()
  const notice = t('fallback.notice')
  return (
    <>
      <SiteHeader locale={locale} path={documentPath('history-articles', slug)} />
      <main id="main" className="container article">
        <nav aria-label={t('site.mainNavigation')} className="breadcrumbs">
          <a href={localizedPath(locale)}>{t('site.home')}</a>
        </nav>
        <h1 lang={article.fallback.includes('title') ? 'pl' : undefined}>{article.title}</h1>
        <Fallback active={article.fallback.includes('content')} notice={notice}>
          <RichText data={article.content} />
        </Fallback>
      </main>
    </>
  )
}
