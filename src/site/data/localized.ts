import { defaultLocale } from '@/i18n/locales'

/**
 * A document in the reader's language, where each localized text that has no translation is the
 * Polish one; `fallback` names those fields so the page can say so and mark them `lang="pl"`.
 */
export type Localized<T> = T & { fallback: string[] }

const localizedTexts = [
  'name',
  'summary',
  'content',
  'title',
  'excerpt',
  'description',
  'officeName',
  'address',
  'openDataLicence',
  'place',
] as const

/** A group (such as the licence's name and address) is untranslated when all of its fields are. */
const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty))

export function localize<T extends object>(doc: T, polish: T | undefined): Localized<T> {
  const fallback: string[] = []
  const merged = { ...doc } as Record<string, unknown>
  for (const field of localizedTexts) {
    if (field in doc && isEmpty(merged[field]) && polish && !isEmpty((polish as Record<string, unknown>)[field])) {
      merged[field] = (polish as Record<string, unknown>)[field]
      fallback.push(field)
    }
  }
  // The notes of a partnership's status history are translated row by row.
  const rows = merged.statusHistory
  if (Array.isArray(rows) && polish) {
    const polishNotes = new Map(
      ((polish as { statusHistory?: { id?: string | null; note?: string | null }[] }).statusHistory ?? []).map(
        (row) => [row.id, row.note],
      ),
    )
    merged.statusHistory = rows.map((row: { id?: string | null; note?: string | null }) =>
      isEmpty(row.note) && !isEmpty(polishNotes.get(row.id))
        ? { ...row, note: polishNotes.get(row.id), noteLang: defaultLocale }
        : row,
    )
  }
  return { ...(merged as T), fallback }
}

/** Reads in the reader's locale and, unless that is Polish, in Polish too, for the fallback. */
export const withPolish = <R>(locale: string, read: (readLocale: string) => Promise<R>) =>
  Promise.all([read(locale), locale === defaultLocale ? undefined : read(defaultLocale)])
