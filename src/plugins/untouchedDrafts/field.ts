import type { Field, Where } from 'payload'

export const UNTOUCHED = 'untouched'

/** Whether a value holds anything someone wrote: a non-blank string, a number, a choice, at any depth. */
export const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number' || typeof value === 'boolean') return true
  if (Array.isArray(value)) return value.some(hasText)
  return Boolean(value) && Object.values(value as object).some(hasText)
}

/** What lists, pickers and the translation dashboard show: everything someone has written in. */
export const touched: Where = { [UNTOUCHED]: { not_equals: true } }

export const untouchedField: Field = {
  name: UNTOUCHED,
  type: 'checkbox',
  index: true,
  defaultValue: false,
  admin: {
    hidden: true,
    disableListColumn: true,
    disableListFilter: true,
    disableBulkEdit: true,
    // Versions compare what editors wrote; the mark is the system's.
    components: { Diff: '@/fields/NoDiff#NoDiff' },
  },
}
