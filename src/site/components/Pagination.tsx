import { useTranslations } from 'next-intl'

/** Previous / next links and where the reader is; plain links, so it works without JavaScript. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useTranslations('list')
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
