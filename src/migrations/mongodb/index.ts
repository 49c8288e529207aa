import * as migration_20261202_012933_untouched_drafts from './20261202_012933_untouched_drafts'
import * as migration_20261202_080943_translation_state from './20261202_080943_translation_state'

/** Data migrations for MongoDB, which has no schema to migrate (SQLite's are one folder up). */
export const mongodbMigrations = [
  {
    up: migration_20261202_012933_untouched_drafts.up,
    down: migration_20261202_012933_untouched_drafts.down,
    name: '20261202_012933_untouched_drafts',
  },
  {
    up: migration_20261202_080943_translation_state.up,
    down: migration_20261202_080943_translation_state.down,
    name: '20261202_080943_translation_state',
  },
]
