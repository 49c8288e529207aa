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

/** The contact offices' names, on both sides of a partnership. */
const nestedTexts = ['ours', 'theirs'].flatMap((side) =>
  ['institution', 'department'].map((field) => `contactOffice.${side}.${field}`),
)

const readPath = (doc: object, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc)

/** Sets a text inside groups, copying each group on the way so the document read stays as it was. */
function writePath(doc: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.')
  let target = doc
  for (const key of keys.slice(0, -1)) {
    const group = target[key]
    if (!group || typeof group !== 'object') return false
    target[key] = { ...(group as Record<string, unknown>) }
    target = target[key] as Record<string, unknown>
  }
  target[keys.at(-1)!] = value
  return true
}

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
  // Texts inside groups, named by their path (a group as a whole holds untranslated e-mails and URLs too).
  for (const path of nestedTexts) {
    const own = readPath(merged, path)
    const source = polish && readPath(polish, path)
    if (isEmpty(own) && !isEmpty(source) && writePath(merged, path, source)) fallback.push(path)
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
