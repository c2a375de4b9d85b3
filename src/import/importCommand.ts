import { refreshPlannerStatistics } from '../db'
import type { ImportOptions } from './args'
import { withPayload } from './bootPayload'
import { CliError } from './cliError'
import { createProgress } from './progress'
import { canPublishImports, publishRefused } from './publish'
import { loadOrganisation, resolveBrands, resolveImportUser, resolveSections } from './resolveTargets'
import { runImport } from './runImport'
import type { StoryFileList } from './storyFiles'
import { formatSummary } from './summary'

/** The import proper: checks who imports and where to, before any story is read, then runs and reports. */
export const runImportCommand = async (options: ImportOptions, list: StoryFileList): Promise<number> =>
  withPayload(async (payload) => {
    const user = await resolveImportUser(payload, options.userEmail)
    // Refused once, up front, rather than once per story; publishImportedArticle checks again.
    if (options.as === 'published' && !canPublishImports(user)) throw new CliError(publishRefused(user).message)
    const organisation = await loadOrganisation(payload, user)
    const brands = options.brands.length > 0 ? resolveBrands(options.brands, organisation.brands) : null
    const sections = resolveSections(options.sections, organisation.sections)
    // The bar draws on stderr; per-file lines belong on stdout whenever that is a file or a pipe.
    const progress = createProgress({ json: options.json, tty: Boolean(process.stdout.isTTY && process.stderr.isTTY) })
    const summary = await runImport(payload, list, {
      user,
      as: options.as,
      brands,
      sections,
      allBrands: organisation.brands,
      progress,
    })
    // Statistics live in the database file: connections opened from now on (a server start) plan with the new shape.
    await refreshPlannerStatistics(payload)
    if (options.json) process.stdout.write(`${JSON.stringify({ summary })}\n`)
    else process.stdout.write(`${formatSummary(summary)}\n`)
    return summary.failed.length > 0 ? 1 : 0
  })
