import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { siteUrl } from '@/publicPaths'

/** The metadata every public page starts from: base URL, title template, site description. */
export async function siteMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { template: `%s · ${t('name')} · ${t('cityName')}`, default: `${t('name')} · ${t('cityName')}` },
    description: t('description'),
  }
}
