import { parseArgs } from 'node:util'

import { CliError } from './cliError'

export type ImportAs = 'draft' | 'published'

export interface ImportOptions {
  paths: string[]
  brands: string[]
  sections: string[]
  as: ImportAs
  dryRun: boolean
  json: boolean
  /** from --user, else IMPORT_USER_EMAIL; not needed for a dry run */
  userEmail: string | null
  help: boolean
}

export const importUsage = `Usage: npm run import -- <files or folders…> [options]

Imports plain-text (UTF-8) and Word (.docx) stories as articles with their photo-caption items. Folders are searched for *.txt and *.docx.

  --user <email>        the account the import acts as (default: $IMPORT_USER_EMAIL); its access rules apply
  --as draft|published  save as draft (default) or publish; publishing needs an editor or admin account
  --brand <name|slug>   brand(s) of every story (repeatable); default: the brands named in each byline
  --section <name|slug> section(s) of every story (repeatable)
  --dry-run             parse only, never touch the database
  --json                one JSON line per file (the dry run prints the parsed story)
  --help                this text`

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((value) => value.split(/[,，]/u))
    .map((value) => value.trim())
    .filter(Boolean)

/** The import command line, checked; throws CliError (exit code 2) on bad usage. */
export const parseImportArgs = (
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): ImportOptions => {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${importUsage}`, 2)
  }
  const { values, positionals } = parsed
  const as = values.as ?? 'draft'
  if (as !== 'draft' && as !== 'published') throw new CliError(`--as must be "draft" or "published", not "${as}"`, 2)
  const options: ImportOptions = {
    paths: positionals,
    brands: list(values.brand),
    sections: list(values.section),
    as,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    userEmail: values.user?.trim() || env.IMPORT_USER_EMAIL?.trim() || null,
    help: values.help ?? false,
  }
  if (!options.help && options.paths.length === 0) throw new CliError(`No files or folders given.\n\n${importUsage}`, 2)
  return options
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      brand: { type: 'string', multiple: true },
      section: { type: 'string', multiple: true },
      as: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      user: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
