/**
 * P3's memory run of the importer: what `npm run import -- <dir> --user … --as … --section …` does after parsing its
 * arguments (src/import/importCommand.ts), with a progress reporter that samples memory every BENCH_MEMORY_EVERY
 * stories instead of printing. Env: BENCH_IMPORT_DIR, BENCH_IMPORT_AS, BENCH_SECTION, BENCH_USER.
 * Prints `BENCH_RESULT {json}`.
 */
import { withPayload } from '../../src/import/bootPayload'
import type { ImportProgress } from '../../src/import/progress'
import { loadOrganisation, resolveImportUser, resolveSections } from '../../src/import/resolveTargets'
import { runImport } from '../../src/import/runImport'
import { findStoryFiles } from '../../src/import/storyFiles'
import { memorySampler } from './memory'

const main = async (): Promise<number> =>
  withPayload(async (payload) => {
    const user = await resolveImportUser(payload, process.env.BENCH_USER ?? 'admin@bench.local')
    const organisation = await loadOrganisation(payload, user)
    const list = await findStoryFiles([process.env.BENCH_IMPORT_DIR as string])
    const sampler = memorySampler()
    const progress: ImportProgress = {
      start: () => undefined,
      fileDone: (_result, summary) => sampler.storyDone(summary.files),
      stop: () => undefined,
    }
    const summary = await runImport(payload, list, {
      user,
      as: process.env.BENCH_IMPORT_AS === 'draft' ? 'draft' : 'published',
      brands: null,
      sections: resolveSections([process.env.BENCH_SECTION ?? 'jingji'], organisation.sections),
      allBrands: organisation.brands,
      progress,
    })
    const stories = summary.imported + summary.updated
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ stories, seconds: summary.seconds, failed: summary.failed.length, samples: sampler.samples })}\n`,
    )
    return 0
  })

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
