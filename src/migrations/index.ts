import * as migration_20261127_015823_initial from './20261127_015823_initial';

export const migrations = [
  {
    up: migration_20261127_015823_initial.up,
    down: migration_20261127_015823_initial.down,
    name: '20261127_015823_initial'
  },
];
