import { describe, expect, it } from '@jest/globals'
import { parseStory } from '../../../src/import/parser/parseStory'
import { renderPlainText } from '../../../src/import/parser/plainText'
import type { BodyBlock, ParsedStory } from '../../../src/import/parser/types'

const withoutLines = (story: ParsedStory): unknown => ({
  ...story,
  body: story.body.map((b: BodyBlock) => (b.type === 'caption' ? { ...b, line: 0 } : b)),
})

const STORY = [
  '智慧港口建设按下“快进键”',
  '青岛港自动化码头再破世界纪录',
  '——单机效率达每小时60.2自然箱',
  '□青岛日报/观海新闻记者 王建亮 通讯员 孙明（山东港口青岛港）',
  '本报12月9日讯 青岛港前湾港区自动化码头昨日再次刷新世界纪录。',
  '科技赋能',
  '自主研发的智能管控系统投入使用。',
  '■2024年12月8日，自动化码头作业现场。 王建亮 摄',
].join('\n\n')

describe('renderPlainText', () => {
  it('renders the newspaper layout with a blank line between blocks', () => {
    expect(renderPlainText(parseStory(STORY))).toBe(`${STORY}\n`)
  })

  it('renders a story without kicker, subheadline, byline or dateline', () => {
    const story: ParsedStory = {
      kicker: null,
      headline: '标题',
      subheadline: null,
      byline: null,
      brands: [],
      contributors: [],
      dateline: null,
      body: [
        { type: 'paragraph', text: '第一段。' },
        { type: 'caption', text: '图说。', date: null, dateEnd: null, credit: null, line: 5 },
      ],
    }
    expect(renderPlainText(story)).toBe('标题\n\n第一段。\n\n■图说。\n')
  })

  it.each([
    STORY,
    '标题\n□本报记者 余 博\n本报讯 第一段。\n■市南区\n第二段。\n■2024年5月1日至3日，栈桥游人如织。（记者 王建亮 摄）',
    '标题\n——副题\n第一段。\n小标题\n第二段。',
  ])('parse → render → parse gives the same story (%#)', (text) => {
    const first = parseStory(text)
    expect(withoutLines(parseStory(renderPlainText(first)))).toEqual(withoutLines(first))
  })
})
