import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { configuredServerUrl } from '@/publicPaths'
import { LivePreviewListener } from '@/site/components/LivePreviewListener'
import { SiteDocument } from '@/site/components/SiteDocument'
import { siteMetadata } from '@/site/siteMetadata'

import '../../../(frontend)/styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Editors' preview of the content pages (`/preview/{locale}/…`, entered through /next/preview in
 * draft mode): the readers' pages plus the listener that re-renders them on every save in the admin.
 */
export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  ...(await siteMetadata((await params).locale)),
  robots: { index: false, follow: false },
})

export default async function PreviewLayout({ children, params }: Props) {
  const before = <LivePreviewListener serverURL={configuredServerUrl()} />
  return (
    <SiteDocument locale={(await params).locale} before={before}>
      {children}
    </SiteDocument>
  )
}
