import * as migration_20261127_015823_initial from './20261127_015823_initial'
import * as migration_20261127_034218_scheduled_withdraw from './20261127_034218_scheduled_withdraw'
import * as migration_20261202_161918_trash from './20261202_161918_trash'
import * as migration_20261203_150044_edited_by from './20261203_150044_edited_by'
import * as migration_20261204_152327_channels from './20261204_152327_channels'

export const migrations = [
  {
    up: migration_20261127_015823_initial.up,
    down: migration_20261127_015823_initial.down,
    name: '20261127_015823_initial',
  },
  {
    up: migration_20261127_034218_scheduled_withdraw.up,
    down: migration_20261127_034218_scheduled_withdraw.down,
    name: '20261127_034218_scheduled_withdraw',
  },
  {
    up: migration_20261202_161918_trash.up,
    down: migration_20261202_161918_trash.down,
    name: '20261202_161918_trash',
  },
  {
    up: migration_20261203_150044_edited_by.up,
    down: migration_20261203_150044_edited_by.down,
    name: '20261203_150044_edited_by',
  },
  {
    up: migration_20261204_152327_channels.up,
    down: migration_20261204_152327_channels.down,
    name: '20261204_152327_channels',
  },
]
