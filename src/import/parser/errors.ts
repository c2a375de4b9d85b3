import { inBothLanguages, type Label } from '../../i18n'

/** A story the importer refuses: `reason` in both languages (the admin shows its reader's), `message` both on a line. */
export class StoryParseError extends Error {
  constructor(
    readonly reason: Label,
    readonly line: number | null,
  ) {
    super(inBothLanguages(reason))
    this.name = 'StoryParseError'
  }
}
