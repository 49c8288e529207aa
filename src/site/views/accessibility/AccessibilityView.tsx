import { useTranslations } from 'next-intl'

import { accessibilityPath } from '@/publicPaths'
import { Fallback } from '@/site/components/Fallback'
import { RichText } from '@/site/components/RichText'
import { SiteHeader } from '@/site/components/SiteHeader'
import { formatDate } from '@/site/format'
import type { PageProps } from '@/site/views/page'
import type { AccessibilityData } from '@/site/views/accessibility/load'

export function AccessibilityView({ locale, statement }: PageProps<AccessibilityData>) {
  const t = useTranslations()
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
