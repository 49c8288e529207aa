import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteDocument } from '@/site/components/SiteDocument'
import { siteMetadata } from '@/site/siteMetadata'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered per request, since each carries its own CSP nonce (src/proxy.ts); their data
// comes from the tagged cache (src/site/data/cached.ts), so building needs no database.

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => siteMetadata((await params).locale)

export default async function LocaleLayout({ children, params }: Props) {
  return <SiteDocument locale={(await params).locale}>{children}</SiteDocument>
}
