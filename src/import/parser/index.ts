export type {
  BodyBlock,
  CaptionBlock,
  ContributorRole,
  DryRunStory,
  ParsedContributor,
  ParsedStory,
  ParseResult,
} from './types'
export { StoryParseError } from './errors'
export { decodeStoryBytes } from './decode'
export { parseStory } from './parseStory'
export { toDryRun } from './dryRun'
export { renderPlainText } from './plainText'
