import { describe, expect, it } from '@jest/globals'
import { isPageJump, parseMarkedLine } from '../../../src/import/parser/captions'
import { parseCredit, splitCaptionCredit } from '../../../src/import/parser/credits'
import { parseLeadingDate } from '../../../src/import/parser/dates'
import { parseStory } from '../../../src/import/parser/parseStory'

const HEAD = '青岛市机关党建工作综述\n\n□本报记者 任晓萌\n\n一年来，全市机关各级党组织奋发作为。\n\n'

describe('parseLeadingDate', () => {
  it.each([
    ['2024年3月28日，全市动员大会召开。', '2024-03-28', null],
    ['2024年9月28日至11月2日，举行体育联赛。', '2024-09-28', '2024-11-02'],
    ['2024年9月28日-11月2日，举行体育联赛。', '2024-09-28', '2024-11-02'],
    ['2024年9月28日—11月2日，举行体育联赛。', '2024-09-28', '2024-11-02'],
    ['2024年9月28日——2024年11月2日，举行体育联赛。', '2024-09-28', '2024-11-02'],
    ['2024年9月28日到11月2日，举行体育联赛。', '2024-09-28', '2024-11-02'],
    ['2024年5月1日至3日，栈桥游人如织。', '2024-05-01', '2024-05-03'],
    ['2024年12月28日至1月3日，举办冰雪节。', '2024-12-28', '2025-01-03'],
    ['２０２４年３月２８日，全市动员大会召开。', '2024-03-28', null],
    ['3月28日，全市动员大会召开。', null, null],
    ['2024年2月30日，日期不存在。', null, null],
    ['图为2024年3月28日的会场。', null, null],
  ])('%s', (text, date, dateEnd) => {
    expect(parseLeadingDate(text)).toEqual({ date, dateEnd })
  })
})

describe('parseCredit', () => {
  it.each([
    ['记者 王建亮 摄', ['王建亮']],
    ['本报记者 王建亮 摄', ['王建亮']],
    ['王建亮 摄', ['王建亮']],
    ['王建亮/摄', ['王建亮']],
    ['王建亮摄', ['王建亮']],
    ['（记者 王建亮 摄）', ['王建亮']],
    ['通讯员 徐文琦 供图', ['徐文琦']],
    ['徐文琦 提供', ['徐文琦']],
    ['市南区委宣传部 提供', []],
    ['摄影：王建亮', ['王建亮']],
    ['记者 王建亮 通讯员 徐文琦 摄影报道', ['王建亮', '徐文琦']],
    ['记者 余 博 摄', ['余博']],
  ])('%s', (text, names) => {
    expect(parseCredit(text)?.names).toEqual(names)
  })

  it.each([
    '照片由市档案馆提供。',
    '游客在栈桥拍摄',
    '他举起相机 拍摄',
    '摄',
    '记者 摄',
    '全市党建工作会议召开，王建亮 摄',
  ])('%s is no credit', (text) => {
    expect(parseCredit(text)).toBeNull()
  })
})

describe('splitCaptionCredit', () => {
  it.each([
    ['大会现场。 王建亮 摄', '大会现场。', '王建亮 摄'],
    ['大会现场 王建亮 摄', '大会现场', '王建亮 摄'],
    ['大会现场。记者 王建亮 摄', '大会现场。', '记者 王建亮 摄'],
    ['大会现场。（记者 王建亮 摄）', '大会现场。', '记者 王建亮 摄'],
    ['大会现场。(本报记者 王建亮摄)', '大会现场。', '本报记者 王建亮摄'],
    ['大会现场。 王建亮/摄', '大会现场。', '王建亮/摄'],
    ['大会在市民中心召开（上图）。', '大会在市民中心召开（上图）。', null],
  ])('%s', (caption, text, credit) => {
    const split = splitCaptionCredit(caption)
    expect(split.text).toBe(text)
    expect(split.credit?.credit ?? null).toBe(credit)
  })
})

describe('parseMarkedLine', () => {
  it('reads a caption with its date, keeping the date words in the text', () => {
    expect(parseMarkedLine('■2024年3月28日，全市动员大会召开。', 17)).toEqual({
      kind: 'caption',
      block: {
        type: 'caption',
        text: '2024年3月28日，全市动员大会召开。',
        date: '2024-03-28',
        dateEnd: null,
        credit: null,
        line: 17,
      },
      photographers: [],
    })
  })

  it('splits a credit off the caption', () => {
    const marked = parseMarkedLine('■2024年3月28日，全市动员大会召开。 王建亮 摄', 3)
    expect(marked).toMatchObject({
      kind: 'caption',
      block: { text: '2024年3月28日，全市动员大会召开。', credit: '王建亮 摄' },
      photographers: ['王建亮'],
    })
  })

  it.each(['■详见六版', '■下转3版', '■ 下转第3版', '■上接第一版', '■转A3版'])('%s is a page jump', (line) => {
    expect(parseMarkedLine(line, 1)).toEqual({ kind: 'jump' })
  })

  it.each([
    ['■市南区', '市南区'],
    ['■ 西海岸新区', '西海岸新区'],
    ['■链接', '链接'],
  ])('%s is a short label', (line, text) => {
    expect(parseMarkedLine(line, 1)).toEqual({ kind: 'label', text })
  })

  it('a short caption that is a sentence stays a caption', () => {
    expect(parseMarkedLine('■图为会场。', 1)).toMatchObject({
      kind: 'caption',
      block: { text: '图为会场。', date: null },
    })
  })

  it('a bare mark is nothing', () => {
    expect(parseMarkedLine('■', 1)).toEqual({ kind: 'empty' })
  })

  it('recognises standalone page jumps in brackets', () => {
    expect(isPageJump('（下转第3版）')).toBe(true)
    expect(isPageJump('下转3版')).toBe(true)
    expect(isPageJump('转3版后，记者又采访了市民。')).toBe(false)
  })
})

describe('captions in a story', () => {
  it('keeps captions in order with their 1-based line numbers', () => {
    const story = parseStory(`${HEAD}\n\n■2024年3月28日，全市动员大会召开。\n\n\n■3月7日，举办特色党课。`)
    expect(story.body.slice(1)).toEqual([
      {
        type: 'caption',
        text: '2024年3月28日，全市动员大会召开。',
        date: '2024-03-28',
        dateEnd: null,
        credit: null,
        line: 9,
      },
      { type: 'caption', text: '3月7日，举办特色党课。', date: null, dateEnd: null, credit: null, line: 12 },
    ])
  })

  it('attaches a credit printed on the next line and makes the photographer a contributor', () => {
    const story = parseStory(
      `${HEAD}■2024年3月28日，全市动员大会召开。\n\n记者 王建亮 摄\n\n■2024年4月9日，举办专题讲座。\n通讯员 徐文琦 供图\n■2024年7月5日，召开工作会议。\n市南区委宣传部 提供`,
    )
    expect(story.body.filter((b) => b.type === 'caption').map((b) => b.type === 'caption' && b.credit)).toEqual([
      '记者 王建亮 摄',
      '通讯员 徐文琦 供图',
      '市南区委宣传部 提供',
    ])
    expect(story.body.filter((b) => b.type === 'paragraph')).toHaveLength(1)
    expect(story.contributors).toEqual([
      { role: 'reporter', name: '任晓萌', organisation: null },
      { role: 'photographer', name: '王建亮', organisation: null },
      { role: 'photographer', name: '徐文琦', organisation: null },
    ])
  })

  it('does not overwrite a credit printed on the caption line', () => {
    const story = parseStory(`${HEAD}■大会现场。（记者 王建亮 摄）\n通讯员 徐文琦 摄`)
    expect(story.body[1]).toMatchObject({ type: 'caption', text: '大会现场。', credit: '记者 王建亮 摄' })
    expect(story.contributors.map((c) => `${c.role}:${c.name}`)).toEqual([
      'reporter:任晓萌',
      'photographer:王建亮',
      'photographer:徐文琦',
    ])
  })

  it('turns a credit line at the end of the story into photographer contributors, not a paragraph', () => {
    const story = parseStory(`${HEAD}征程万里风正劲，重任千钧再奋蹄。\n\n记者 王建亮 通讯员 徐文琦 摄影报道`)
    expect(story.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph'])
    expect(story.contributors.slice(1)).toEqual([
      { role: 'photographer', name: '王建亮', organisation: null },
      { role: 'photographer', name: '徐文琦', organisation: null },
    ])
  })

  it('drops page jumps and turns short "■" labels into intertitles', () => {
    const story = parseStory(`${HEAD}■市南区\n\n八大峡街道开展志愿服务活动。\n\n■详见六版\n\n（下转第3版）`)
    expect(story.body).toEqual([
      { type: 'paragraph', text: '一年来，全市机关各级党组织奋发作为。' },
      { type: 'intertitle', text: '市南区' },
      { type: 'paragraph', text: '八大峡街道开展志愿服务活动。' },
    ])
  })
})
