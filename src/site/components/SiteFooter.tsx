import { useTranslations } from 'next-intl'

import type { SiteSetting } from '@/payload-types'
import { accessibilityPath, localizedPath, openDataPath } from '@/publicPaths'
import type { Localized } from '@/site/data/localized'

export function SiteFooter({ locale, settings }: { locale: string; settings: Localized<SiteSetting> }) {
  const t = useTranslations('site')
  const lang = (field: string) => (settings.fallback.includes(field) ? 'pl' : undefined)
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('contact')}</h2>
          <address>
            {settings.officeName && <p lang={lang('officeName')}>{settings.officeName}</p>}
            {settings.address && (
              <p lang={lang('address')} className="site-footer__address">
                {settings.address}
              </p>
            )}
            {settings.email && (
              <p>
                {t('email')}: <a href={`mailto:${settings.email}`}>{settings.email}</a>
              </p>
            )}
            {settings.phone && (
              <p>
                {t('phone')}: <a href={`tel:${settings.phone.replace(/\s+/g, '')}`}>{settings.phone}</a>
              </p>
            )}
          </address>
        </section>
        <ul className="site-footer__links">
          <li>
            <a href={localizedPath(locale, accessibilityPath)}>{t('accessibilityStatement')}</a>
          </li>
          <li>
            <a href={localizedPath(locale, openDataPath)}>{t('openData')}</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
