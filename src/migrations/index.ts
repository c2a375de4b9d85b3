import * as migration_20261127_015823_initial from './20261127_015823_initial';
import * as migration_20261127_034218_scheduled_withdraw from './20261127_034218_scheduled_withdraw';

export const migrations = [
  {
    up: migration_20261127_015823_initial.up,
    down: migration_20261127_015823_initial.down,
    name: '20261127_015823_initial',
  },
  {
    up: migration_20261127_034218_scheduled_withdraw.up,
    down: migration_20261127_034218_scheduled_withdraw.down,
    name: '20261127_034218_scheduled_withdraw'
  },
];
