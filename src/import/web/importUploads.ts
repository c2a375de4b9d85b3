import type { Payload } from 'payload'

import type { Brand, User } from '../../payload-types'
import { bilingual, type Label } from '../../i18n'
import { describeFailure, failureLabel } from '../failure'
import { importStory } from '../importStory'
import { parseStoryBytes } from '../readStory'
import { refsFor } from '../runImport'
import { storySource } from '../source'
import { MAX_STORY_BYTES } from '../storyFiles'
import { StoryParseError } from '../parser/errors'

export interface UploadedStory {
  name: string
  bytes: Uint8Array
}

export type UploadResult =
  | {
      file: string
      status: 'imported' | 'updated' | 'skipped'
      articleId: string
      link: string
      captions: number
      warnings: Label[]
    }
  | { file: string; status: 'failed'; line: number | null; reason: Label }

const STORY_NAME = /\.(?:txt|docx)$/iu

const checked = ({ name, bytes }: UploadedStory): void => {
  if (!STORY_NAME.test(name)) throw new StoryParseError(bilingual('messages:import:files:onlyTxtAndDocx'), null)
  if (bytes.length > MAX_STORY_BYTES) {
    throw new StoryParseError(
      bilingual('messages:import:files:tooLarge', {
        size: (bytes.length / 1024 / 1024).toFixed(1),
        max: MAX_STORY_BYTES / 1024 / 1024,
      }),
      null,
    )
  }
}

/**
 * An upload has no path to recognise it by, and two reporters' "稿件.docx" are different stories: it is the uploader's
 * and its content's. Uploading the same file again finds the same article (skipped); a changed file is a new draft.
 */
const uploadSource = (user: User, contentHash: string) => ({ path: `upload:${user.id}:${contentHash}`, contentHash })

/** One uploaded file as a draft of the uploader's, through the same parser, rules and transaction as `npm run import`. */
export const importUpload = async (
  payload: Payload,
  upload: UploadedStory,
  user: User,
  allBrands: Brand[],
): Promise<UploadResult> => {
  try {
    checked(upload)
    const { story, text, images } = await parseStoryBytes(upload.name, upload.bytes)
    const { refs, notes } = refsFor(story, { brands: null, sections: [], allBrands })
    const { contentHash } = storySource(
      upload.name,
      text,
      images.map((image) => image.data),
    )
    const source = uploadSource(user, contentHash)
    const outcome = await importStory(payload, { story, source, refs, user, as: 'draft', images })
    const link = `${payload.config.routes.admin}/collections/articles/${outcome.articleId}`
    return { file: upload.name, ...outcome, link, warnings: [...story.warnings, ...notes] }
  } catch (error) {
    const failure = describeFailure(error)
    return { file: upload.name, status: 'failed', line: failure.line, reason: failureLabel(error, failure) }
  }
}
