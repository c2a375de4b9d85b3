/** Collects what the parser had to decide on its own, for the editor to check (dry run, import summary). */
export type Warn = (message: string) => void

export const warnings = {
  firstLineSplit: (): string =>
    'the first line held the title and the text side by side; split at the wide gap (首行含标题和正文，已按空白拆开)',
  twoTitlesSecondIsHeadline: (kicker: string): string =>
    `two title lines, took the second as the headline and "${kicker}" as the kicker (两行标题，第二行作为主题)`,
  twoTitlesFirstIsHeadline: (subheadline: string): string =>
    `two title lines, took the first as the headline and "${subheadline}" as the subheadline (两行标题，第一行作为主题)`,
  joinedTitles: (headline: string): string =>
    `one title line held two titles joined by a space; took "${headline}" as the headline and the rest as the subheadline (标题行含主题和副题，已按空格拆开)`,
  placeLabelWithKicker: (label: string): string =>
    `place label "${label}" above a kicker; both kept in the kicker (地名标签与引题合并)`,
  bareNameByline: (name: string): string =>
    `the bare name "${name}" under the title taken as the author's byline, recorded as reporter (标题下的人名按作者署名处理)`,
  writersWithoutRole: (names: string[]): string =>
    `writers credited without a role (${names.join(' ')}) recorded as reporters (署名无身份，按记者处理)`,
  bylineInBody: (byline: string): string =>
    `byline "${byline}" found inside the text; its people were added to the contributors (正文中的署名)`,
  portraitNames: (count: number): string =>
    `${count} lines holding only a name taken as portrait captions (连续人名按人物照片说明处理)`,
  captionsWithoutMark: (count: number): string =>
    `${count} lines without "■" taken as photo captions because a photo credit follows or ends them (无■的图片说明)`,
  graphicsCredit: (text: string): string =>
    `graphics credit "${text}" has no contributor role; kept in the body (制图署名保留在正文)`,
}
