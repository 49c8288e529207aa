import { useTranslations } from 'next-intl'

import type { Partnership } from '@/payload-types'
import { FormattedDate } from '@/site/components/FormattedDate'
import { HostLink } from '@/site/components/HostLink'
import { isSafeHref } from '@/site/safeHref'

type Entry = NonNullable<Partnership['statusHistory']>[number]

/** The decisions that set the partnership's status, each with who took it, its legal act and source. */
export function StatusHistory({ entries, locale }: { entries: Entry[]; locale: string }) {
  const t = useTranslations()
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('city.statusHistory')}</h2>
      <ol className="status-history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="status-history__status">
              <strong>{t(`status.${entry.status}`)}</strong>
              {entry.decidedOn && (
                <>
                  {' · '}
                  {t('city.decidedOn')}:{' '}
                  <FormattedDate iso={entry.decidedOn} locale={locale} precision={entry.datePrecision} />
                </>
              )}
            </p>
            {/* Who decided and by which act stay in Polish, whatever the page's language. */}
            {entry.decidedBy && (
              <p>
                {t('city.decidedBy')}: <span lang="pl">{entry.decidedBy}</span>
              </p>
            )}
            {entry.legalAct && (
              <p>
                {t('city.legalAct')}: <span lang="pl">{entry.legalAct}</span>
              </p>
            )}
            {entry.note && <p lang={'noteLang' in entry ? String(entry.noteLang) : undefined}>{entry.note}</p>}
            {isSafeHref(entry.sourceUrl) && (
              <p>
                {t('city.source')}: <HostLink href={entry.sourceUrl} />
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
