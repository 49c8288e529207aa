import { translator } from '@/i18n/messages'
import { openDataPath } from '@/publicPaths'
import { cached } from '@/site/data/cached'
import { getOpenDataSummary } from '@/site/data/openData'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

export type OpenDataData = { data: Awaited<ReturnType<typeof getOpenDataSummary>> }

/** `/{locale}/open-data`: the files, their fields and licence. */
export const loadOpenData: Load<OpenDataData> = async (locale) => {
  // The summary comes from the files' own cache; this records that the page shows the cities.
  const data = await cached(['partnerships', 'friendly-cities'], ['open-data-summary'], () => getOpenDataSummary())
  const t = translator(locale)
  const head = pageHead(t, {
    locale,
    path: openDataPath,
    title: t('openData.title'),
    description: t('openData.datasetDescription'),
  })
  return { locale, data, head }
}
