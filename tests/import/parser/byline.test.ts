import { describe, expect, it } from '@jest/globals'
import { isBylineContinuation, looksLikeByline, parseByline } from '../../../src/import/parser/byline'
import { parseStory } from '../../../src/import/parser/parseStory'

const reporter = (name: string) => ({ role: 'reporter', name, organisation: null })
const correspondent = (name: string, organisation: string | null = null) => ({
  role: 'correspondent',
  name,
  organisation,
})

describe('parseByline', () => {
  it('reads brands, a reporter and a correspondent without organisation (the fixture byline)', () => {
    expect(parseByline('□青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦')).toEqual({
      byline: '青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦',
      brands: ['青岛日报', '观海新闻'],
      contributors: [reporter('任晓萌'), correspondent('徐文琦')],
      clean: true,
    })
  })

  it('reads three brands', () => {
    const parsed = parseByline('□青岛日报/青岛观/青报网记者 张晓明')
    expect(parsed.brands).toEqual(['青岛日报', '青岛观', '青报网'])
    expect(parsed.contributors).toEqual([reporter('张晓明')])
  })

  it('"本报记者" names no brand', () => {
    expect(parseByline('□本报记者 王建亮')).toMatchObject({ brands: [], contributors: [reporter('王建亮')] })
  })

  it('reads several reporters and several correspondents', () => {
    expect(parseByline('□记者 张晓明 李华 通讯员 王冬梅 赵凯').contributors).toEqual([
      reporter('张晓明'),
      reporter('李华'),
      correspondent('王冬梅'),
      correspondent('赵凯'),
    ])
  })

  it.each([
    ['one space', '□本报记者 余 博'],
    ['a full-width space', '□本报记者 余\u3000博'],
    ['several spaces', '□本报记者 余   博'],
  ])('two single characters separated by %s are one person', (_, byline) => {
    expect(parseByline(byline).contributors).toEqual([reporter('余博')])
  })

  it('separates names of two or more characters, and joins a padded name among them', () => {
    expect(parseByline('□本报记者 李晓东 王　芳 通讯员 孙明').contributors).toEqual([
      reporter('李晓东'),
      reporter('王芳'),
      correspondent('孙明'),
    ])
  })

  it('normalises the printed byline but keeps it as printed otherwise', () => {
    expect(parseByline('□  本报记者\u3000余\u3000博  ').byline).toBe('本报记者 余 博')
  })

  it('reads a correspondent organisation printed before "通讯员" or in brackets after the name', () => {
    expect(parseByline('□本报记者 刘可 崂山区委宣传部通讯员 孙明').contributors).toEqual([
      reporter('刘可'),
      correspondent('孙明', '崂山区委宣传部'),
    ])
    expect(parseByline('□本报记者 刘可 通讯员 孙明（市南区委宣传部） 赵凯').contributors).toEqual([
      reporter('刘可'),
      correspondent('孙明', '市南区委宣传部'),
      correspondent('赵凯'),
    ])
    expect(parseByline('□本报记者 刘可 本报通讯员 孙明').contributors[1]).toEqual(correspondent('孙明'))
  })

  it('drops a trailing "报道" from the names but keeps it in the printed byline', () => {
    const parsed = parseByline('□本报记者 刘可 通讯员 孙明 报道')
    expect(parsed.byline).toBe('本报记者 刘可 通讯员 孙明 报道')
    expect(parsed.contributors).toEqual([reporter('刘可'), correspondent('孙明')])
    expect(parseByline('□本报记者 刘可报道').contributors).toEqual([reporter('刘可')])
  })

  it('"摄影报道" makes the reporters photographers too', () => {
    expect(parseByline('□本报记者 王建亮 摄影报道').contributors).toEqual([
      reporter('王建亮'),
      { role: 'photographer', name: '王建亮', organisation: null },
    ])
  })

  it('reads colons, names glued to the role, "、" lists, editors and photographers', () => {
    expect(parseByline('□记者：张晓明、李华 通讯员：王冬梅').contributors).toEqual([
      reporter('张晓明'),
      reporter('李华'),
      correspondent('王冬梅'),
    ])
    expect(parseByline('□本报记者任晓萌 通讯员徐文琦').contributors).toEqual([
      reporter('任晓萌'),
      correspondent('徐文琦'),
    ])
    expect(parseByline('□本报记者 刘可 摄影记者 王建亮 责任编辑 李敏').contributors).toEqual([
      reporter('刘可'),
      { role: 'photographer', name: '王建亮', organisation: null },
      { role: 'editor', name: '李敏', organisation: null },
    ])
  })

  it('reads "文/" and "图/" bylines', () => {
    expect(parseByline('□文/本报记者 刘可 图/本报记者 王建亮').contributors).toEqual([
      reporter('刘可'),
      { role: 'photographer', name: '王建亮', organisation: null },
    ])
  })
})

describe('bylines without "□"', () => {
  it.each(['青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦', '本报记者 王建亮', '记者：张晓明 李华', '本报通讯员 孙明'])(
    'recognises %s',
    (text) => {
      expect(looksLikeByline(text)).toBe(true)
    },
  )

  it.each([
    '记者手记：一座城的温度',
    '记者从市教育局获悉，今年我市新增学位2.3万个。',
    '记者了解到',
    '记者 王建亮 摄',
    '青岛港自动化码头再破世界纪录',
  ])('does not take %s for a byline', (text) => {
    expect(looksLikeByline(text)).toBe(false)
  })

  it('a story with a byline line without "□"', () => {
    const story = parseStory(
      '青岛港自动化码头再破世界纪录\n\n青岛日报/观海新闻记者 王建亮\n\n青岛港前湾港区自动化码头再次刷新世界纪录。',
    )
    expect(story.byline).toBe('青岛日报/观海新闻记者 王建亮')
    expect(story.brands).toEqual(['青岛日报', '观海新闻'])
    expect(story.body).toHaveLength(1)
  })
})

describe('a byline split over two lines', () => {
  it('joins the second line when it starts with a role', () => {
    const story = parseStory(
      '青岛港自动化码头再破世界纪录\n\n□青岛日报/观海新闻记者 任晓萌\n\n通讯员 徐文琦\n\n青岛港前湾港区自动化码头再次刷新世界纪录。',
    )
    expect(story.byline).toBe('青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦')
    expect(story.contributors).toEqual([reporter('任晓萌'), correspondent('徐文琦')])
    expect(story.body).toEqual([{ type: 'paragraph', text: '青岛港前湾港区自动化码头再次刷新世界纪录。' }])
  })

  it('joins a lone "报道" line', () => {
    const story = parseStory('青岛港自动化码头再破世界纪录\n□本报记者 刘可 通讯员 孙明\n报道\n正文第一段。')
    expect(story.byline).toBe('本报记者 刘可 通讯员 孙明 报道')
    expect(story.body).toHaveLength(1)
  })

  it('does not join a body line', () => {
    expect(isBylineContinuation('记者从市教育局获悉，今年我市新增学位2.3万个。')).toBe(false)
    expect(isBylineContinuation('2024年是新中国成立75周年。')).toBe(false)
    expect(isBylineContinuation('通讯员 徐文琦')).toBe(true)
  })
})
