import * as migration_20261124_230702_initial from './20261124_230702_initial';
import * as migration_20261125_020101_editorial_workflow from './20261125_020101_editorial_workflow';

export const migrations = [
  {
    up: migration_20261124_230702_initial.up,
    down: migration_20261124_230702_initial.down,
    name: '20261124_230702_initial',
  },
  {
    up: migration_20261125_020101_editorial_workflow.up,
    down: migration_20261125_020101_editorial_workflow.down,
    name: '20261125_020101_editorial_workflow'
  },
];
