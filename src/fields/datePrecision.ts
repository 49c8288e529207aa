import type { SelectField } from 'payload'

/** How much of a date is known: a letter may be dated only to a month or a year. */
export const datePrecisionField = (): SelectField => ({
  name: 'datePrecision',
  type: 'select',
  label: { pl: 'Dokładność daty', en: 'Date precision' },
  defaultValue: 'day',
  options: [
    { value: 'day', label: { pl: 'Dzień', en: 'Day' } },
    { value: 'month', label: { pl: 'Miesiąc', en: 'Month' } },
    { value: 'year', label: { pl: 'Rok', en: 'Year' } },
  ],
  admin: {
    description: {
      pl: 'Jak dokładnie znana jest data (pokazujemy tylko pewną część).',
      en: 'How precisely the date is known (only the certain part is shown).',
    },
  },
})
