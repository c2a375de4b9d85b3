import { describe, expect, it } from '@jest/globals'
import { extractDateline } from '../../../src/import/parser/dateline'
import { parseStory } from '../../../src/import/parser/parseStory'

describe('extractDateline', () => {
  it.each([
    ['本报12月9日讯 青岛市今天发布寒潮预警。', '本报12月9日讯'],
    ['本报12月9日讯青岛市今天发布寒潮预警。', '本报12月9日讯'],
    ['本报讯 青岛市今天发布寒潮预警。', '本报讯'],
    ['本报讯青岛市今天发布寒潮预警。', '本报讯'],
    ['本报青岛12月9日讯 青岛市今天发布寒潮预警。', '本报青岛12月9日讯'],
    ['本报北京12月9日电 青岛市今天发布寒潮预警。', '本报北京12月9日电'],
    ['本报１２月９日讯\u3000青岛市今天发布寒潮预警。'.replace('\u3000', ' '), '本报１２月９日讯'],
  ])('%s', (paragraph, dateline) => {
    expect(extractDateline(paragraph)).toEqual({ dateline, rest: '青岛市今天发布寒潮预警。', contributors: [] })
  })

  it.each([
    '本报通讯员 孙明 报道，市南区今天举行了表彰大会。',
    '本报电视台今天播出了专题片。',
    '12月9日，青岛市发布寒潮预警。',
    '据本报12月9日讯报道，青岛市发布寒潮预警。',
  ])('finds none in %s', (paragraph) => {
    expect(extractDateline(paragraph)).toBeNull()
  })

  it('reads the people in "本报讯（记者 王伟 通讯员 李明）" and keeps the bracket in the text', () => {
    expect(extractDateline('本报讯（记者 王伟 通讯员 李明）昨天，西海岸新区举行招商推介会。')).toEqual({
      dateline: '本报讯',
      rest: '（记者 王伟 通讯员 李明）昨天，西海岸新区举行招商推介会。',
      contributors: [
        { role: 'reporter', name: '王伟', organisation: null },
        { role: 'correspondent', name: '李明', organisation: null },
      ],
    })
  })
})

describe('dateline in a story', () => {
  it('removes the dateline from the first paragraph only', () => {
    const story = parseStory(
      [
        '青岛发布寒潮蓝色预警',
        '□本报记者 刘可',
        '本报12月9日讯 青岛市气象台今天发布寒潮蓝色预警。',
        '本报讯 这一段不是第一段，不再识别电头。',
      ].join('\n\n'),
    )
    expect(story.dateline).toBe('本报12月9日讯')
    expect(story.body).toEqual([
      { type: 'paragraph', text: '青岛市气象台今天发布寒潮蓝色预警。' },
      { type: 'paragraph', text: '本报讯 这一段不是第一段，不再识别电头。' },
    ])
  })

  it('takes contributors from the dateline only when there is no byline', () => {
    const withoutByline = parseStory(
      '西海岸新区招商推介会签约项目36个\n本报讯（记者 王伟 通讯员 李明）昨天，西海岸新区举行招商推介会。',
    )
    expect(withoutByline.byline).toBeNull()
    expect(withoutByline.contributors.map((c) => c.name)).toEqual(['王伟', '李明'])
    const withByline = parseStory(
      '西海岸新区招商推介会签约项目36个\n□本报记者 刘可\n本报讯（记者 王伟）昨天，西海岸新区举行招商推介会。',
    )
    expect(withByline.contributors.map((c) => c.name)).toEqual(['刘可'])
  })

  it('a story without dateline has dateline null', () => {
    expect(parseStory('标题\n正文第一段。').dateline).toBeNull()
  })
})
