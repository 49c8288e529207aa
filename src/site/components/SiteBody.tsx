import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

import type { SiteSetting } from '@/payload-types'
import { exitPreviewPath } from '@/publicPaths'
import { SiteFooter } from '@/site/components/SiteFooter'
import type { Localized } from '@/site/data/localized'

/**
 * What every readers' page has around its content, in either router: the readers' pages (Pages
 * Router, no JavaScript) and the editors' preview (App Router), which adds its bar and listener.
 */
export function SiteBody({
  locale,
  settings,
  preview,
  children,
}: {
  locale: string
  settings: Localized<SiteSetting>
  /** The live-preview listener: only the preview routes import that client component. */
  preview?: ReactNode
  children: ReactNode
}) {
  const t = useTranslations('site')
  return (
    <>
      {preview && (
        <>
          {preview}
          <p className="preview-bar">
            {t('preview')} <a href={exitPreviewPath(locale)}>{t('exitPreview')}</a>
          </p>
        </>
      )}
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {children}
      <SiteFooter locale={locale} settings={settings} />
    </>
  )
}
