import { describe, expect, it } from '@jest/globals'
import { StoryParseError } from '../../../src/import/parser/errors'
import { parseStory } from '../../../src/import/parser/parseStory'

const BODY = '青岛港前湾港区自动化码头昨日再次刷新世界纪录，单机平均效率达到每小时60.2自然箱。'

describe('head: kicker, headline, subheadline', () => {
  it('reads headline and "——" subheadline, ignoring leading blank lines', () => {
    const story = parseStory(
      `\n\n\n青岛港自动化码头再破世界纪录\n\n——单机效率达每小时60.2自然箱\n\n□本报记者 王建亮\n\n${BODY}`,
    )
    expect(story.kicker).toBeNull()
    expect(story.headline).toBe('青岛港自动化码头再破世界纪录')
    expect(story.subheadline).toBe('单机效率达每小时60.2自然箱')
  })

  it('reads a kicker above the headline', () => {
    const story = parseStory(`智慧港口建设按下“快进键”\n青岛港自动化码头再破世界纪录\n□本报记者 王建亮\n${BODY}`)
    expect(story.kicker).toBe('智慧港口建设按下“快进键”')
    expect(story.headline).toBe('青岛港自动化码头再破世界纪录')
    expect(story.subheadline).toBeNull()
  })

  it('reads kicker, headline and "——" subheadline together', () => {
    const story = parseStory(`喜迎新春\n青岛地铁春运首日客流创新高\n——全线网运送乘客165万人次\n□本报记者 刘可\n${BODY}`)
    expect(story).toMatchObject({
      kicker: '喜迎新春',
      headline: '青岛地铁春运首日客流创新高',
      subheadline: '全线网运送乘客165万人次',
    })
  })

  it('reads kicker, headline and subheadline without dash when three lines precede the byline', () => {
    const story = parseStory(`喜迎新春\n青岛地铁春运首日客流创新高\n全线网运送乘客165万人次\n□本报记者 刘可\n${BODY}`)
    expect(story).toMatchObject({ kicker: '喜迎新春', subheadline: '全线网运送乘客165万人次' })
  })

  it('takes the short line after the headline as a subheadline without "——"', () => {
    const story = parseStory(
      `奋力书写中国式现代化青岛实践的“机关答卷”\n2024年青岛市机关党建工作综述\n□本报记者 任晓萌\n${BODY}`,
    )
    expect(story.kicker).toBeNull()
    expect(story.headline).toBe('奋力书写中国式现代化青岛实践的“机关答卷”')
    expect(story.subheadline).toBe('2024年青岛市机关党建工作综述')
  })

  it('accepts a half-width "--" subheadline', () => {
    const story = parseStory(`青岛港自动化码头再破世界纪录\n--单机效率达每小时60.2自然箱\n□本报记者 王建亮\n${BODY}`)
    expect(story.subheadline).toBe('单机效率达每小时60.2自然箱')
  })

  it('finds a "——" subheadline in a story without byline; the next line is body', () => {
    const story = parseStory(`青岛港自动化码头再破世界纪录\n——单机效率达每小时60.2自然箱\n${BODY}`)
    expect(story.subheadline).toBe('单机效率达每小时60.2自然箱')
    expect(story.byline).toBeNull()
    expect(story.body).toEqual([{ type: 'paragraph', text: BODY }])
  })

  it('without byline or dash, only the first line is head', () => {
    const story = parseStory(`青岛港自动化码头再破世界纪录\n${BODY}`)
    expect(story).toMatchObject({ kicker: null, subheadline: null, byline: null, brands: [], contributors: [] })
    expect(story.body).toEqual([{ type: 'paragraph', text: BODY }])
  })
})

describe('head errors', () => {
  const fails = (text: string): StoryParseError => {
    try {
      parseStory(text)
    } catch (error) {
      if (error instanceof StoryParseError) return error
      throw error
    }
    throw new Error('expected a StoryParseError')
  }

  it('refuses a story that starts with its byline', () => {
    const error = fails(`\n□本报记者 王建亮\n${BODY}`)
    expect(error.message).toMatch(/no headline/)
    expect(error.line).toBe(2)
  })

  it('refuses a story that starts with a caption or a subheadline', () => {
    expect(fails('■2024年3月28日，大会召开。').message).toMatch(/no headline.*caption/)
    expect(fails(`——单机效率达每小时60.2自然箱\n${BODY}`).message).toMatch(/no headline.*subheadline/)
  })

  it('refuses a first line too long for a headline', () => {
    expect(fails(BODY.repeat(3)).message).toMatch(/no headline.*longer than 100/)
  })

  it('refuses four lines above the byline', () => {
    const error = fails(`引题\n主题一\n主题二\n副题\n□本报记者 王建亮\n${BODY}`)
    expect(error.message).toMatch(/too many lines above the byline/)
    expect(error.line).toBe(1)
  })

  it('refuses a line between a "——" subheadline and the byline', () => {
    const error = fails(`主题\n——副题\n多余的一行\n□本报记者 王建亮\n${BODY}`)
    expect(error.line).toBe(3)
  })
})
