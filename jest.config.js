/** Payload is ESM-only: jest runs with --experimental-vm-modules and swc compiles our TypeScript as ES modules. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 120_000,
}
