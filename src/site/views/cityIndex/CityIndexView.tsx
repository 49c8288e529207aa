import { listPath, localizedPath } from '@/publicPaths'
import { CityList } from '@/site/components/CityList'
import { Pagination } from '@/site/components/Pagination'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { PageProps } from '@/site/views/page'
import type { CityIndexData } from '@/site/views/cityIndex/load'

export function CityIndexView({ locale, kind, title, page, country, list }: PageProps<CityIndexData>) {
  const href = (target: number) =>
    localizedPath(locale, listPath(kind, { page: target, country: country ?? undefined }))
  return (
    <>
      <SiteHeader locale={locale} path={listPath(kind, { page, country: country ?? undefined })} />
      <main id="main" className="container">
        <h1>{title}</h1>
        <CityList cities={list.docs} locale={locale} collection={kind} />
        <Pagination page={page} pages={list.totalPages} href={href} />
      </main>
    </>
  )
}
