import { describe, expect, it } from '@jest/globals'
import {
  endsWithSentencePunctuation,
  normaliseSpaces,
  stripLeadingDash,
  toSourceLines,
} from '../../../src/import/parser/normalise'
import { parseStory } from '../../../src/import/parser/parseStory'

describe('toSourceLines', () => {
  it('splits \\r\\n, \\r and \\n alike and keeps 1-based line numbers of non-empty lines', () => {
    const lines = toSourceLines('\r\n\r\n青岛地铁6号线开通\r\r——全长30.8公里\n□本报记者 王建亮')
    expect(lines).toEqual([
      { text: '青岛地铁6号线开通', line: 3 },
      { text: '——全长30.8公里', line: 5 },
      { text: '□本报记者 王建亮', line: 6 },
    ])
  })

  it('trims full-width indents, NBSP, tabs, BOM and zero-width spaces', () => {
    const lines = toSourceLines('\ufeff　　市民在栈桥\u00a0观赏海鸥。\t\n\u200b  ')
    expect(lines).toEqual([{ text: '市民在栈桥 观赏海鸥。', line: 1 }])
  })
})

describe('normaliseSpaces', () => {
  it('collapses runs of ASCII, full-width and other unicode spaces into one space', () => {
    expect(normaliseSpaces('本报记者\u3000\u3000余　博 \u2003 通讯员\u00a0王芳')).toBe('本报记者 余 博 通讯员 王芳')
  })
})

describe('endsWithSentencePunctuation', () => {
  it.each([
    ['市民纷纷点赞。', true],
    ['这是为什么？', true],
    ['效果如何?', true],
    ['他说：', true],
    ['措施如下:', true],
    ['“将改革进行到底……”', true],
    ['“廉者，政之本也。”', true],
    ['答好“政治忠诚卷”', false],
    ['一、坚持党建引领', false],
    ['《青岛改革》', false],
  ])('%s → %s', (text, expected) => {
    expect(endsWithSentencePunctuation(text)).toBe(expected)
  })
})

describe('stripLeadingDash', () => {
  it.each([
    ['——2024年青岛市机关党建工作综述', '2024年青岛市机关党建工作综述'],
    ['--2024年青岛市机关党建工作综述', '2024年青岛市机关党建工作综述'],
    ['— 记青岛港自动化码头', '记青岛港自动化码头'],
    ['－－记青岛港自动化码头', '记青岛港自动化码头'],
    ['──记青岛港自动化码头', '记青岛港自动化码头'],
  ])('%s', (text, expected) => {
    expect(stripLeadingDash(text)).toBe(expected)
  })

  it('returns null without a dash or when nothing follows it', () => {
    expect(stripLeadingDash('青岛港自动化码头')).toBeNull()
    expect(stripLeadingDash('——')).toBeNull()
  })
})

describe('full-width and half-width forms in a whole story', () => {
  it('parses the same story from CRLF/full-width and LF/half-width exports', () => {
    const fullWidth = [
      '\u3000\u3000崂山茶春茶开采',
      '——今年茶园面积达4.2万亩',
      '□本报记者：余\u3000博\u3000通讯员：孙\u00a0\u00a0明',
      '\u3000\u3000本报４月２日讯\u3000日前，崂山区春茶开采。',
    ].join('\r\n')
    const halfWidth = [
      '崂山茶春茶开采',
      '--今年茶园面积达4.2万亩',
      '□本报记者:余 博 通讯员:孙 明',
      '本报４月２日讯 日前，崂山区春茶开采。',
    ].join('\n')
    const a = parseStory(fullWidth)
    const b = parseStory(halfWidth)
    expect(a.subheadline).toBe('今年茶园面积达4.2万亩')
    expect(a.contributors).toEqual(b.contributors)
    expect(a.contributors.map((c) => c.name)).toEqual(['余博', '孙明'])
    expect(a.dateline).toBe('本报４月２日讯')
    expect(a.body).toEqual(b.body)
    expect(a.body).toEqual([{ type: 'paragraph', text: '日前，崂山区春茶开采。' }])
  })

  it('accepts old Mac \\r line endings', () => {
    const story = parseStory('胶州湾大桥迎来车流高峰\r□本报记者 王建亮\r假期首日，胶州湾大桥车流量达8.6万辆次。')
    expect(story.byline).toBe('本报记者 王建亮')
    expect(story.body).toHaveLength(1)
  })
})
