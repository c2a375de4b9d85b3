import { parseArgs } from 'node:util'

import { CliError } from '../cliError'
import { runCli } from '../runCli'

const usage = `Usage: npm run import:ndjson -- <file.ndjson> [--force]

Loads an export made by \`npm run export\` into the database DATABASE_URI points at (upload files into MEDIA_DIR),
keeping ids (SQLite UUIDs become derived ObjectIds on MongoDB), relations, published/draft state, versions,
timestamps, log-ins and scheduled publications/withdrawals. Refuses a database that already has
content unless --force is given. See docs/import.md.`

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new CliError(usage, 2)
  // Payload is loaded only now, once runCli can recover from a stalled module load.
  const [{ withPayload }, { importDatabase }] = await Promise.all([
    import('../bootPayload'),
    import('./importDatabase'),
  ])
  return withPayload(async (payload) => {
    const started = performance.now()
    const result = await importDatabase(payload, file, {
      force: values.force ?? false,
      log: (line) => process.stdout.write(`${line}\n`),
    })
    for (const [collection, count] of Object.entries(result.counts)) {
      process.stdout.write(`${collection}: ${count.docs} document(s), ${count.versions} version(s)\n`)
    }
    if (result.translatedIds > 0)
      process.stdout.write(`${result.translatedIds} id(s) translated to MongoDB ObjectIds\n`)
    process.stdout.write(`Import finished in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`)
    return 0
  })
}

await runCli(main)
