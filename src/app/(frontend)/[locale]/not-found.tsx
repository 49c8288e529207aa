import { getLocale } from 'next-intl/server'

import { NotFound } from '@/site/components/NotFound'

export default async function LocaleNotFound() {
  return <NotFound locale={await getLocale()} />
}
