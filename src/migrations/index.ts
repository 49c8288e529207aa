import * as migration_20261124_230702_initial from './20261124_230702_initial'
import * as migration_20261125_020101_editorial_workflow from './20261125_020101_editorial_workflow'
import * as migration_20261125_044655_open_data_licence from './20261125_044655_open_data_licence'
import * as migration_20261202_012933_untouched_drafts from './20261202_012933_untouched_drafts'
import * as migration_20261202_073930_cache_expiries from './20261202_073930_cache_expiries'
import * as migration_20261202_080943_translation_state from './20261202_080943_translation_state'
import * as migration_20261202_084652_activities from './20261202_084652_activities'
import * as migration_20261202_085346_contact_office from './20261202_085346_contact_office'
import * as migration_20261202_091532_data_steps from './20261202_091532_data_steps'
import * as migration_20261202_111409_locale_parent_indexes from './20261202_111409_locale_parent_indexes'
import * as migration_20261202_122326_activity_kind_index from './20261202_122326_activity_kind_index'

export const migrations = [
  {
    up: migration_20261124_230702_initial.up,
    down: migration_20261124_230702_initial.down,
    name: '20261124_230702_initial',
  },
  {
    up: migration_20261125_020101_editorial_workflow.up,
    down: migration_20261125_020101_editorial_workflow.down,
    name: '20261125_020101_editorial_workflow',
  },
  {
    up: migration_20261125_044655_open_data_licence.up,
    down: migration_20261125_044655_open_data_licence.down,
    name: '20261125_044655_open_data_licence',
  },
  {
    up: migration_20261202_012933_untouched_drafts.up,
    down: migration_20261202_012933_untouched_drafts.down,
    name: '20261202_012933_untouched_drafts',
  },
  {
    up: migration_20261202_073930_cache_expiries.up,
    down: migration_20261202_073930_cache_expiries.down,
    name: '20261202_073930_cache_expiries',
  },
  {
    up: migration_20261202_080943_translation_state.up,
    down: migration_20261202_080943_translation_state.down,
    name: '20261202_080943_translation_state',
  },
  {
    up: migration_20261202_084652_activities.up,
    down: migration_20261202_084652_activities.down,
    name: '20261202_084652_activities',
  },
  {
    up: migration_20261202_085346_contact_office.up,
    down: migration_20261202_085346_contact_office.down,
    name: '20261202_085346_contact_office',
  },
  {
    up: migration_20261202_091532_data_steps.up,
    down: migration_20261202_091532_data_steps.down,
    name: '20261202_091532_data_steps',
  },
  {
    up: migration_20261202_111409_locale_parent_indexes.up,
    down: migration_20261202_111409_locale_parent_indexes.down,
    name: '20261202_111409_locale_parent_indexes',
  },
  {
    up: migration_20261202_122326_activity_kind_index.up,
    down: migration_20261202_122326_activity_kind_index.down,
    name: '20261202_122326_activity_kind_index',
  },
]
