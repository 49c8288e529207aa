import type { Field, Where } from 'payload'

export const UNTOUCHED = 'untouched'

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
    components: { Diff: '@/components/admin/NoDiff#NoDiff' },
  },
}
