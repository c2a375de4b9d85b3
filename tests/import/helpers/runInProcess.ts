import type { Payload } from 'payload'

import type { ImportAs } from '../../../src/import/args'
import type { ImportProgress } from '../../../src/import/progress'
import { findStoryFiles } from '../../../src/import/storyFiles'
import { runImport } from '../../../src/import/runImport'
import type { ImportSummary } from '../../../src/import/summary'
import type { Brand, Section, User } from '../../../src/payload-types'

const silent: ImportProgress = { start: () => undefined, fileDone: () => undefined, stop: () => undefined }

export interface InProcessImport {
  user: User
  as?: ImportAs
  brands?: Brand[] | null
  sections?: Section[]
}

/** What `npm run import` does after parsing its arguments, on the test's Payload instance. */
export const importFiles = async (
  payload: Payload,
  paths: string[],
  options: InProcessImport,
): Promise<ImportSummary> => {
  const allBrands = (await payload.find({ collection: 'brands', pagination: false, depth: 0, overrideAccess: true }))
    .docs
  return runImport(payload, await findStoryFiles(paths), {
    user: options.user,
    as: options.as ?? 'draft',
    brands: options.brands ?? null,
    sections: options.sections ?? [],
    allBrands,
    progress: silent,
  })
}
