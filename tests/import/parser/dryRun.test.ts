import { describe, expect, it } from '@jest/globals'
import { toDryRun } from '../../../src/import/parser/dryRun'
import { parseStory } from '../../../src/import/parser/parseStory'

describe('toDryRun', () => {
  it('summarises a story, with ISO dates and ISO intervals for caption ranges', () => {
    const story = parseStory(
      [
        '青岛地铁春运首日客流创新高',
        '——全线网运送乘客165万人次',
        '□青岛日报/观海新闻记者 刘可 通讯员 孙明',
        '本报1月14日讯 今天是春运首日。',
        '客流高峰提前',
        '早高峰客流较平日提前半小时。',
        '■2025年1月14日，乘客在青岛北站换乘地铁。 王建亮 摄',
        '■2025年1月14日至2月22日，地铁延长运营时间。',
        '■3月1日，无年份的图说。',
      ].join('\n\n'),
    )
    expect(toDryRun('2025-01-14/metro.txt', story)).toEqual({
      file: '2025-01-14/metro.txt',
      kicker: null,
      headline: '青岛地铁春运首日客流创新高',
      subheadline: '全线网运送乘客165万人次',
      byline: '青岛日报/观海新闻记者 刘可 通讯员 孙明',
      brands: ['青岛日报', '观海新闻'],
      contributors: [
        { role: 'reporter', name: '刘可' },
        { role: 'correspondent', name: '孙明' },
        { role: 'photographer', name: '王建亮' },
      ],
      dateline: '本报1月14日讯',
      intertitles: ['客流高峰提前'],
      captions: [
        { text: '2025年1月14日，乘客在青岛北站换乘地铁。', date: '2025-01-14', credit: '王建亮 摄' },
        { text: '2025年1月14日至2月22日，地铁延长运营时间。', date: '2025-01-14/2025-02-22', credit: null },
        { text: '3月1日，无年份的图说。', date: null, credit: null },
      ],
      paragraphs: ['今天是春运首日。', '早高峰客流较平日提前半小时。'],
      warnings: [],
    })
  })
})
