import { bilingual, type Label } from '../../i18n'

/** Collects what the parser had to decide on its own, for the editor to check (dry run, import summary). */
export type Warn = (message: Label) => void

export const warnings = {
  firstLineSplit: (): Label => bilingual('messages:import:warnings:firstLineSplit'),
  twoTitlesSecondIsHeadline: (kicker: string): Label =>
    bilingual('messages:import:warnings:twoTitlesSecondIsHeadline', { kicker }),
  twoTitlesFirstIsHeadline: (subheadline: string): Label =>
    bilingual('messages:import:warnings:twoTitlesFirstIsHeadline', { subheadline }),
  joinedTitles: (headline: string): Label => bilingual('messages:import:warnings:joinedTitles', { headline }),
  placeLabelWithKicker: (label: string): Label => bilingual('messages:import:warnings:placeLabelWithKicker', { label }),
  bareNameByline: (name: string): Label => bilingual('messages:import:warnings:bareNameByline', { name }),
  writersWithoutRole: (names: string[]): Label =>
    bilingual('messages:import:warnings:writersWithoutRole', { names: names.join(' ') }),
  bylineInBody: (byline: string): Label => bilingual('messages:import:warnings:bylineInBody', { byline }),
  portraitNames: (count: number): Label => bilingual('messages:import:warnings:portraitNames', { count }),
  captionsWithoutMark: (count: number): Label => bilingual('messages:import:warnings:captionsWithoutMark', { count }),
  graphicsCredit: (text: string): Label => bilingual('messages:import:warnings:graphicsCredit', { text }),
}
