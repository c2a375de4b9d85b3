import { describe, expect, it } from '@jest/globals'
import { isIntertitle } from '../../../src/import/parser/intertitles'
import { parseStory } from '../../../src/import/parser/parseStory'

describe('isIntertitle', () => {
  it.each([
    '举旗铸魂、扛牢责任，答好“政治忠诚卷”',
    '凝聚力、激发活力，答好“担当作为卷”',
    '一、坚持党建引领',
    '产业链上建支部',
    '《旗帜》刊发青岛经验',
    '这个冬天不太冷',
  ])('%s is an intertitle', (text) => {
    expect(isIntertitle(text)).toBe(true)
  })

  it.each([
    ['a sentence ending with 。', '服务发展见实效。树立起“以发展质量评价党建成效”鲜明导向。'],
    ['a short sentence with 。 inside', '服务发展见实效。树立起导向'],
    ['a quotation that ends a sentence', '“欲筑室者，先治其基。”'],
    ['a line ending with ！', '这个冬天不太冷！'],
    ['a line ending with ？', '垃圾分类怎么分？'],
    ['a line ending with ?', '垃圾分类怎么分?'],
    ['a line ending with ……', '将改革进行到底……'],
    ['a line ending with ；', '建立起高效落实体系；'],
    ['a line ending with ：', '具体措施如下：'],
    ['a line ending with :', '具体措施如下:'],
    ['a line ending with ，', '一年来，'],
    ['more than 30 characters', '全市机关各级党组织坚持以党的政治建设为统领坚决贯彻落实重要讲话精神'],
    ['only punctuation', '——'],
  ])('%s is not an intertitle', (_, text) => {
    expect(isIntertitle(text)).toBe(false)
  })
})

describe('intertitles in a story', () => {
  it('keeps intertitles between paragraphs in order', () => {
    const story = parseStory(
      [
        '青岛机关党建综述',
        '□本报记者 任晓萌',
        '一年来，全市机关各级党组织奋发作为。',
        '围绕中心、服务大局，答好“融合创新卷”',
        '党建工作要为中心工作服务。围绕中心抓党建，抓好党建促发展。',
        '服务发展见实效。树立起“以发展质量评价党建成效”鲜明导向。',
      ].join('\n\n'),
    )
    expect(story.body.map((b) => b.type)).toEqual(['paragraph', 'intertitle', 'paragraph', 'paragraph'])
    expect(story.body[1]).toEqual({ type: 'intertitle', text: '围绕中心、服务大局，答好“融合创新卷”' })
  })
})
