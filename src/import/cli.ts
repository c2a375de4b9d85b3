import { importUsage, parseImportArgs } from './args'
import { runCli } from './runCli'
import { runDryRun } from './printDryRun'
import { findStoryFiles } from './storyFiles'

/** `npm run import -- <files or folders…>`: see ./args for the options and docs/import.md for the formats. */
const main = async (): Promise<number> => {
  const options = parseImportArgs(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(`${importUsage}\n`)
    return 0
  }
  const list = await findStoryFiles(options.paths)
  // A dry run never loads Payload or the config: no database is opened, nothing is written.
  if (options.dryRun) return runDryRun(list, options.json)
  const { runImportCommand } = await import('./importCommand')
  return runImportCommand(options, list)
}

await runCli(main)
