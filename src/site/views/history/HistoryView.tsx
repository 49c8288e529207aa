import { useTranslations } from 'next-intl'

import { localizedPath } from '@/publicPaths'
import { Fallback } from '@/site/components/Fallback'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { PageProps } from '@/site/views/page'
import type { HistoryData } from '@/site/views/history/load'

export function HistoryView({ locale, path, article }: PageProps<HistoryData>) {
  const t = useTranslations()
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main" className="container article">
        <nav aria-label={t('site.mainNavigation')} className="breadcrumbs">
          <a href={localizedPath(locale)}>{t('site.home')}</a>
        </nav>
        <h1 lang={article.fallback.includes('title') ? 'pl' : undefined}>{article.title}</h1>
        <Fallback active={article.fallback.includes('content')} notice={t('fallback.notice')}>
          <RichText data={article.content} />
        </Fallback>
      </main>
    </>
  )
}
