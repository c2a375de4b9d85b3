#!/usr/bin/env node
/**
 * `npm run test:mongo`: the jest suite on the MongoDB adapter instead of SQLite.
 *
 *   MONGODB_TEST_URI=mongodb://127.0.0.1:27017/newsroom?replicaSet=rs0 npm run test:mongo     (real MongoDB)
 *   MONGODB_TEST_URI=mongodb://127.0.0.1:27117/newsroom CONGO=1 npm run test:mongo            (Congo, in-memory)
 *
 * tests/helpers/payload.ts gives every test file a database of its own on MONGODB_TEST_URI. With CONGO=1 the server
 * is the in-memory wire server from ../shared/tools/congo, which enforces no unique index and has no transactions:
 * Payload's transactions are turned off (MONGODB_TRANSACTIONS=off) and the tests listed in scripts/mongo-exclusions.json
 * are skipped, each printed with its reason. Exclusions name single tests exactly; one that no longer matches a test
 * fails the run, so nothing is skipped by accident. Extra arguments go to jest (e.g. a test path).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const uri = process.env.MONGODB_TEST_URI
const congo = process.env.CONGO === '1'

if (!uri) {
  console.error(`test:mongo needs MONGODB_TEST_URI, the address of a MongoDB server the tests may create databases on.

A real MongoDB (replica set, so transactions and unique indexes behave as in production):
  docker compose up -d mongo          # MongoDB 7, replica set rs0, port 27017 published on 127.0.0.1
  MONGODB_TEST_URI='mongodb://127.0.0.1:27017/newsroom?replicaSet=rs0&directConnection=true' npm run test:mongo

Without Docker, the in-memory wire server (no unique indexes, no transactions; see scripts/mongo-exclusions.json):
  ../shared/tools/congo/setup.sh /tmp/congo && node /tmp/congo/server.mjs &
  MONGODB_TEST_URI=mongodb://127.0.0.1:27117/newsroom CONGO=1 npm run test:mongo`)
  process.exit(1)
}

/** @type {{ file: string, test: string, reason: string }[]} */
const exclusions = congo
  ? JSON.parse(readFileSync(path.join(root, 'scripts', 'mongo-exclusions.json'), 'utf8')).congo
  : []

const problems = []
for (const { file, test, reason } of exclusions) {
  if (!file || !test || !reason)
    problems.push(`exclusion without file, test or reason: ${JSON.stringify({ file, test, reason })}`)
  else if (!existsSync(path.join(root, file))) problems.push(`exclusion names a missing file: ${file}`)
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`test:mongo: ${problem}`)
  process.exit(1)
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const names = [...new Set(exclusions.map(({ test }) => test))]

console.log(
  `test:mongo on ${uri.replace(/\/\/[^@/]*@/, '//***@')}${congo ? ' (Congo: in-memory, no unique indexes, no transactions)' : ''}`,
)
if (exclusions.length > 0) {
  console.log(`Skipped on Congo (${exclusions.length}; run them against a real MongoDB):`)
  for (const { file, test, reason } of exclusions) console.log(`  - ${file} › ${test}\n      reason: ${reason}`)
}

// A name filter given on the command line (-t / --testNamePattern) is combined with the exclusions, not replaced.
const passThrough = []
let userPattern = null
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]
  const inline = arg.match(/^(?:-t|--testNamePattern|--test-name-pattern)=(.*)$/s)
  if (inline) userPattern = inline[1]
  else if (['-t', '--testNamePattern', '--test-name-pattern'].includes(arg)) userPattern = process.argv[++i] ?? ''
  else passThrough.push(arg)
}
const exclusionPattern = names.length > 0 ? `^(?!(?:${names.map(escapeRegExp).join('|')})$)` : ''
const namePattern = userPattern === null ? exclusionPattern : `${exclusionPattern}.*?(?:${userPattern})`

// Files about the embedded database itself, which the SQLite run (`npm test`) covers: rerunning them here would test
// the same thing twice, not the MongoDB adapter.
const embeddedOnly = [
  {
    file: 'tests/ops/quickStart.test.ts',
    reason: 'the README quick start has no DATABASE_URI: it runs on the embedded SQLite database by definition',
  },
  {
    file: 'tests/ops/transactionConnections.test.ts',
    reason: "libsql's transaction connections (src/dbTransactionConnections.ts) exist on SQLite only",
  },
  {
    file: 'tests/ops/cluster.test.ts',
    reason: 'its two app processes share one SQLite file it creates; Redis fan-out does not depend on the adapter',
  },
  {
    file: 'tests/ops/mediaS3.test.ts',
    reason: 'its two app processes share one SQLite file it creates; S3 storage does not depend on the adapter',
  },
  {
    file: 'tests/e2e/',
    reason:
      'browser tests of the admin UI: the REST, GraphQL and Local API calls behind each screen run on MongoDB in the API ' +
      'suites; a Next dev server per file on the in-memory server doubled CI time and timed out at random',
  },
]
console.log(`Not rerun on MongoDB (${embeddedOnly.length}; npm test runs them):`)
for (const { file, reason } of embeddedOnly) console.log(`  - ${file}\n      reason: ${reason}`)

const reportDir = mkdtempSync(path.join(tmpdir(), 'test-mongo-'))
const report = path.join(reportDir, 'jest.json')
const jestArgs = [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--runInBand',
  '--json',
  `--outputFile=${report}`,
  // Jest matches the pattern against "<describe titles> <test title>"; the anchored negative look-ahead skips exactly
  // the listed full names and runs everything else, including tests added later.
  ...(namePattern ? ['--testNamePattern', namePattern] : []),
  ...embeddedOnly.flatMap(({ file }) => ['--testPathIgnorePatterns', escapeRegExp(file)]),
  // Congo answers queries with a JavaScript engine and no indexes: the heaviest tests run ~1.3× their SQLite time.
  ...(congo && !passThrough.some((arg) => arg.startsWith('--testTimeout')) ? ['--testTimeout=300000'] : []),
  ...passThrough,
]
// Congo answers the driver's streaming server monitor badly ("Server ended moreToCome unexpectedly"), which drops
// connections mid-test under load (the job-claim races showed it); polling monitors it the plain way.
const congoUri = (address) => {
  const url = new URL(address)
  if (!url.searchParams.has('serverMonitoringMode')) url.searchParams.set('serverMonitoringMode', 'poll')
  return url.toString()
}
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-deprecation`.trim(),
  MONGODB_TEST_URI: congo ? congoUri(uri) : uri,
  ...(congo ? { MONGODB_TRANSACTIONS: 'off' } : {}),
}
const run = spawnSync(process.execPath, jestArgs, { cwd: root, env, stdio: 'inherit' })
let status = run.status ?? 1

// Every exclusion must have skipped exactly the test it names, in the file it names, and nothing else.
let skipped = 0
if (existsSync(report) && exclusions.length > 0) {
  const results = JSON.parse(readFileSync(report, 'utf8')).testResults
  const ranFiles = new Set(results.map((result) => path.relative(root, result.name)))
  for (const { file, test } of exclusions) {
    if (!ranFiles.has(file)) continue // a path filter on the command line left this file out
    const result = results.find((r) => path.relative(root, r.name) === file)
    const matches = result.assertionResults.filter((a) => a.fullName === test)
    skipped += matches.filter((a) => a.status !== 'passed' && a.status !== 'failed').length
    if (matches.length === 0) {
      problems.push(
        `stale exclusion: no test named "${test}" in ${file} (renamed? update scripts/mongo-exclusions.json)`,
      )
    }
  }
  for (const result of results) {
    const file = path.relative(root, result.name)
    for (const assertion of result.assertionResults) {
      const listed = exclusions.some((e) => e.file === file && e.test === assertion.fullName)
      if (!listed && names.includes(assertion.fullName)) {
        problems.push(
          `"${assertion.fullName}" in ${file} shares its name with an excluded test and was skipped too: rename one`,
        )
      }
    }
  }
  for (const problem of problems) console.error(`test:mongo: ${problem}`)
  if (problems.length > 0) status = 1
}
rmSync(reportDir, { recursive: true, force: true })
console.log(
  `test:mongo: ${status === 0 ? 'passed' : 'FAILED'}${congo ? ` (${skipped} of ${exclusions.length} listed exclusions skipped on Congo)` : ''}`,
)
process.exit(status)
