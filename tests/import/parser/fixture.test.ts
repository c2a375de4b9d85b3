import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { toDryRun } from '../../../src/import/parser/dryRun'
import { parseStory } from '../../../src/import/parser/parseStory'
import { renderPlainText } from '../../../src/import/parser/plainText'
import { fixtureStoryPath } from '../../../src/seed/fixtureStory'

// The one copy of the real 青岛日报 story, shared with the seed.
const FIXTURE = fixtureStoryPath
const text = readFileSync(FIXTURE, 'utf8')
const fileLines = text.split(/\r\n|\r|\n/)
const lineAt = (n: number): string => (fileLines[n - 1] ?? '').trim()
const story = parseStory(text)
const dry = toDryRun('qingdao-daily-2024-jiguan-dangjian.txt', story)

// 1-based line numbers in the fixture, counted by hand from the file
const PARAGRAPH_LINES = [
  9, 11, 13, 45, 47, 49, 51, 53, 57, 59, 61, 63, 65, 69, 71, 73, 75, 77, 79, 83, 85, 87, 89, 91, 95, 97, 99, 101, 103,
]
const CAPTIONS: [line: number, date: string][] = [
  [17, '2024-03-28'],
  [21, '2024-03-07'],
  [25, '2024-04-09'],
  [29, '2024-07-05'],
  [33, '2024-07-15'],
  [37, '2024-08-15'],
  [41, '2024-09-24'],
  [107, '2024-09-27'],
  [111, '2024-09-28/2024-11-02'],
  [115, '2024-10-15'],
  [119, '2024-11-13'],
  [123, '2024-11-26'],
  [127, '2024-11-29'],
]

describe('fixture: 青岛日报 2024 机关党建综述', () => {
  it('reads the head', () => {
    expect(story.kicker).toBeNull()
    expect(story.headline).toBe('奋力书写中国式现代化青岛实践的“机关答卷”')
    expect(story.subheadline).toBe('2024年青岛市机关党建工作综述')
    expect(story.dateline).toBeNull()
  })

  it('reads the byline, brands and contributors', () => {
    expect(story.byline).toBe('青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦')
    expect(story.brands).toEqual(['青岛日报', '观海新闻'])
    expect(story.contributors).toEqual([
      { role: 'reporter', name: '任晓萌', organisation: null },
      { role: 'correspondent', name: '徐文琦', organisation: null },
    ])
  })

  it('finds exactly the 5 intertitles', () => {
    expect(dry.intertitles).toEqual([
      '举旗铸魂、扛牢责任，答好“政治忠诚卷”',
      '围绕中心、服务大局，答好“融合创新卷”',
      '强基固本、蓄势赋能，答好“全面过硬卷”',
      '严明纪律、强化作风，答好“政廉风清卷”',
      '凝聚力、激发活力，答好“担当作为卷”',
    ])
  })

  it('finds exactly the 13 captions in order, with dates, lines and no credits', () => {
    const captions = story.body.flatMap((b) => (b.type === 'caption' ? [b] : []))
    expect(captions).toHaveLength(13)
    expect(captions.map((c) => c.line)).toEqual(CAPTIONS.map(([line]) => line))
    expect(dry.captions.map((c) => c.date)).toEqual(CAPTIONS.map(([, date]) => date))
    expect(captions.map((c) => c.text)).toEqual(CAPTIONS.map(([line]) => lineAt(line).slice(1)))
    expect(captions[0]?.text.startsWith('2024年3月28日，全市“党建引领打头阵')).toBe(true)
    expect(captions[8]).toMatchObject({ date: '2024-09-28', dateEnd: '2024-11-02' })
    expect(captions[8]?.text.startsWith('2024年9月28日至11月2日，利用休息日')).toBe(true)
    expect(captions.every((c) => c.credit === null)).toBe(true)
  })

  it('finds all 29 paragraphs in order', () => {
    expect(dry.paragraphs).toHaveLength(29)
    expect(dry.paragraphs).toEqual(PARAGRAPH_LINES.map(lineAt))
    expect(dry.paragraphs).toContain(lineAt(63))
    expect(lineAt(63).startsWith('服务发展见实效。')).toBe(true)
  })

  it('keeps the body in the original order', () => {
    const order = story.body.map((b) => (b.type === 'caption' ? `c${b.line}` : b.type[0]))
    expect(order.slice(0, 11)).toEqual(['p', 'p', 'p', 'c17', 'c21', 'c25', 'c29', 'c33', 'c37', 'c41', 'i'])
    expect(order.slice(-7)).toEqual(['p', 'c107', 'c111', 'c115', 'c119', 'c123', 'c127'])
  })

  it('renders back to the fixture, up to blank lines', () => {
    const normalise = (t: string): string =>
      t
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n')
    expect(normalise(renderPlainText(story))).toBe(normalise(text))
  })
})
