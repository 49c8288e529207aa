export type DatePrecision = 'day' | 'month' | 'year'

const dateStyles: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
}

/** Dates are stored at noon UTC (Payload's day picker); only the part that is known is shown. */
export function formatDate(iso: string, locale: string, precision: DatePrecision = 'day'): string {
  return new Intl.DateTimeFormat(locale, { ...dateStyles[precision], timeZone: 'UTC' }).format(new Date(iso))
}

export const countryName = (code: string, locale: string): string =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
