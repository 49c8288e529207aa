import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Fallback } from '@/site/components/Fallback'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import { accessibilityPath } from '@/publicPaths'
import { getAccessibilityStatement } from '@/site/data/globals'
import { formatDate } from '@/site/format'
import { pageMetadata } from '@/site/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'accessibility' })
  return pageMetadata({ locale, path: accessibilityPath, title: t('title') })
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, statement] = await Promise.all([getTranslations({ locale }), getAccessibilityStatement(locale)])
  return (
    <>
      <SiteHeader locale={locale} path={accessibilityPath} />
      <main id="main" className="container article">
        <h1>{t('accessibility.title')}</h1>
        <Fallback active={statement.fallback.includes('content')} notice={t('fallback.notice')}>
          <RichText data={statement.content} />
        </Fallback>
        <dl className="facts">
          {statement.preparedOn && (
            <>
              <dt>{t('accessibility.preparedOn')}</dt>
              <dd>{formatDate(statement.preparedOn, locale)}</dd>
            </>
          )}
          {statement.reviewedOn && (
            <>
              <dt>{t('accessibility.reviewedOn')}</dt>
              <dd>{formatDate(statement.reviewedOn, locale)}</dd>
            </>
          )}
        </dl>
      </main>
    </>
  )
}
