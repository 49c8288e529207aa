import { useTranslations } from 'next-intl'

import { LanguageSwitcher } from '@/site/components/LanguageSwitcher'
import { localizedPath } from '@/publicPaths'

export function SiteHeader({ locale, path }: { locale: string; path: string }) {
  const t = useTranslations('site')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-header__brand" href={localizedPath(locale)}>
          <span className="site-header__city">{t('cityName')}</span>
          <span className="site-header__name">{t('name')}</span>
        </a>
        <LanguageSwitcher locale={locale} path={path} label={t('language')} />
      </div>
    </header>
  )
}
