import { XliffImport } from './XliffImport'

type Props = { locale: string; language: string; api: string; t: (key: string) => string }

/**
 * A language's files for translation agencies on the dashboard: the whole language or only what is
 * left to do as XLIFF 1.2 for their CAT tools, and the import of what comes back.
 */
export function XliffTools({ locale, language, api, t }: Props) {
  const exportUrl = `${api}/translations/export?locale=${encodeURIComponent(locale)}`
  const named = <span className="translation-sr"> ({language})</span>
  return (
    <div className="translation-work__xliff">
      <h3>{t('xliffTitle')}</h3>
      <ul>
        <li>
          <a href={exportUrl} download>
            {t('xliffExport')}
            {named}
          </a>
        </li>
        <li>
          <a href={`${exportUrl}&status=missing,outdated`} download>
            {t('xliffExportOpen')}
            {named}
          </a>
        </li>
      </ul>
      <XliffImport locale={locale} language={language} api={api} />
    </div>
  )
}
