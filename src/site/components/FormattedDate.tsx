import { type DatePrecision, formatDate } from '@/site/format'

/** A stored date in the reader's words, and as a calendar day for machines. */
export function FormattedDate({
  iso,
  locale,
  precision,
}: {
  iso: string
  locale: string
  precision?: DatePrecision | null
}) {
  return <time dateTime={iso.slice(0, 10)}>{formatDate(iso, locale, precision ?? 'day')}</time>
}
