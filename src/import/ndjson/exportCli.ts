import { parseArgs } from 'node:util'

import { CliError } from '../cliError'
import { runCli } from '../runCli'

const usage = `Usage: npm run export -- <file.ndjson>

Writes every collection of the database DATABASE_URI points at (documents, versions, users with their password
hashes) to <file.ndjson>, and the upload files to <file.ndjson>.media/. See docs/import.md.`

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new CliError(usage, 2)
  // Payload is loaded only now, once runCli can recover from a stalled module load.
  const [{ withPayload }, { exportDatabase }] = await Promise.all([
    import('../bootPayload'),
    import('./exportDatabase'),
  ])
  return withPayload(async (payload) => {
    const started = performance.now()
    const result = await exportDatabase(payload, file, (line) => process.stdout.write(`${line}\n`))
    const total = Object.values(result.counts).reduce((sum, count) => sum + count.docs + count.versions, 0)
    process.stdout.write(
      `Exported ${total} record(s) to ${result.file} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
    )
    if (result.missingMedia > 0)
      process.stderr.write(
        `Warning: ${result.missingMedia} upload file(s) were missing on disk and are not in the export.\n`,
      )
    return 0
  })
}

await runCli(main)
