import { describe, expect, it } from '@jest/globals'

import { inBothLanguages } from '../../../src/i18n'
import { parseStory } from '../../../src/import/parser/parseStory'

const names = (story: ReturnType<typeof parseStory>, role: string): string[] =>
  story.contributors.filter((c) => c.role === role).map((c) => c.name)

describe('layouts met in the real-article corpus', () => {
  it('a "■" place label above the headline is the kicker, and a two-line byline keeps both people', () => {
    const story = parseStory(
      '■胶南街道\n\n环境综合整治启动年底攻坚\n\n□记者 张希文\n\n通讯员 陈刚 报道\n\n本报11月6日讯 胶南街道召开动员大会。',
    )
    expect(story).toMatchObject({ kicker: '胶南街道', headline: '环境综合整治启动年底攻坚', dateline: '本报11月6日讯' })
    expect(names(story, 'reporter')).toEqual(['张希文'])
    expect(names(story, 'correspondent')).toEqual(['陈刚'])
    expect(story.warnings).toEqual([])
  })

  it('writers in brackets after the text are recorded as reporters, with a warning', () => {
    const story = parseStory('莱西市水集街道:\n产芝湖葡萄喜获丰收\n本报讯 葡萄挂满枝头。\n(马英歌 曹福艳)')
    expect(story.kicker).toBe('莱西市水集街道')
    expect(names(story, 'reporter')).toEqual(['马英歌', '曹福艳'])
    expect(story.body).toEqual([{ type: 'paragraph', text: '葡萄挂满枝头。' }])
    expect(story.warnings.map(inBothLanguages).join('\n')).toMatch(/without a role.*署名无身份/)
  })

  it('a byline at the end of the last paragraph ("摄影报道") makes reporters, correspondents and photographers', () => {
    const story = parseStory(
      '硬“核”力量落地招远\n首个配置冷却塔的“华龙一号”核电机组全面启动建设\n项目一期工程建设全面启动。 记者 钟建军 通讯员 丁晓明 王松 摄影报道',
    )
    expect(story).toMatchObject({
      headline: '硬“核”力量落地招远',
      subheadline: '首个配置冷却塔的“华龙一号”核电机组全面启动建设',
    })
    expect(names(story, 'reporter')).toEqual(['钟建军'])
    expect(names(story, 'correspondent')).toEqual(['丁晓明', '王松'])
    expect(names(story, 'photographer')).toEqual(['钟建军', '丁晓明', '王松'])
    expect(story.body).toEqual([{ type: 'paragraph', text: '项目一期工程建设全面启动。' }])
    expect(story.warnings).toContainEqual({
      en: 'two title lines, took the first as the headline and "首个配置冷却塔的“华龙一号”核电机组全面启动建设" as the subheadline',
      zh: '两行标题，第一行作为主题，“首个配置冷却塔的“华龙一号”核电机组全面启动建设”作为副题',
    })
  })

  it('captions without "■": the credit on the next line or at the end of the line', () => {
    const story = parseStory(
      '有你们,城市安心\n\n8月11日,澳门路实行交通管制。\n半岛记者 张伟 报道\n\n8月11日,受到台风影响,岛城出现了强风和降雨天气,大雨给市民的工作和出行带来不便,但总有这么一群人一直坚守一线,正是由于他们在风雨中的坚守,才让城市正常运转,也让生活多了几多温情和感动!\n\n8月11日,公交人员冒雨修理抛锚公交车。 半岛记者 王滨 报道',
    )
    expect(story.body.map((b) => b.type)).toEqual(['caption', 'paragraph', 'caption'])
    expect(story.body.flatMap((b) => (b.type === 'caption' ? [b.credit] : []))).toEqual([
      '半岛记者 张伟 报道',
      '半岛记者 王滨 报道',
    ])
    expect(names(story, 'photographer')).toEqual(['张伟', '王滨'])
    expect(story.warnings.map(inBothLanguages).join('\n')).toMatch(/without "■"/)
  })

  it('an e-paper index line "titles   □byline" is split, and the joined titles too, both with warnings', () => {
    const story = parseStory(
      '新区老干部情况通报会召开 孙永红出席并讲话   □记者 仪博文 报道\n  本报7月25日讯 今天上午,通报会召开。',
    )
    expect(story).toMatchObject({
      headline: '新区老干部情况通报会召开',
      subheadline: '孙永红出席并讲话',
      dateline: '本报7月25日讯',
    })
    expect(names(story, 'reporter')).toEqual(['仪博文'])
    expect(story.warnings).toHaveLength(2)
  })

  it('a short headline with a typographic gap stays one headline', () => {
    expect(parseStory('战酷暑 保清洁\n\n□陈 泳 报道\n\n环卫工人顶高温、冒酷暑。')).toMatchObject({
      headline: '战酷暑 保清洁',
      subheadline: null,
      warnings: [],
    })
  })

  it('a kicker that reports a speech stays the kicker even when it is the longer line', () => {
    const story = parseStory(
      '中央城市工作会议在北京举行,习近平发表重要讲话\n走出一条中国特色城市现代化新路子\n新华社北京7月15日电 中央城市工作会议7月14日至15日在北京举行。',
    )
    expect(story).toMatchObject({
      kicker: '中央城市工作会议在北京举行,习近平发表重要讲话',
      headline: '走出一条中国特色城市现代化新路子',
      dateline: '新华社北京7月15日电',
    })
  })

  it("People's Daily datelines: in 【】 with Chinese numerals, a day without month, the reporter inside", () => {
    expect(parseStory('标题\n【新华社重庆十四日电】拉萨讯:先遣部队进抵拉萨。').dateline).toBe('【新华社重庆十四日电】')
    expect(parseStory('淮北发现新煤田\n本报合肥18日电 勘探队员发现了大煤田。').dateline).toBe('本报合肥18日电')
    const story = parseStory('江泽民会见罗马尼亚客人\n本报北京11月8日讯记者廖先旺报道:今天下午,江泽民会见了盖尔曼。')
    expect(names(story, 'reporter')).toEqual(['廖先旺'])
    expect(story.body).toEqual([{ type: 'paragraph', text: '今天下午,江泽民会见了盖尔曼。' }])
  })

  it('a bare name under the title is the author; a run of names is portrait captions', () => {
    const essay = parseStory('  • 寻幽古驿道\n\n    戴发利\n\n    前几天从外地返回蓬莱,沿路是一派繁忙的施工景象。')
    expect(essay.headline).toBe('寻幽古驿道')
    expect(names(essay, 'reporter')).toEqual(['戴发利'])
    const portraits = parseStory(
      '三十载共城长\n一代代报人讲述与城市同频共振的难忘经历\n王亚平\n张建华\n魏铌邦\n三十载风雨兼程,三十载笔墨情深。',
    )
    expect(portraits.contributors).toEqual([])
    expect(portraits.body.map((b) => b.type)).toEqual(['caption', 'caption', 'caption', 'paragraph'])
  })

  it('nothing is lost: a graphics credit and an agency source stay in the body', () => {
    const story = parseStory(
      '风雪中 最美的坚守\n\n交警清理路面积雪。\n\nYMG全媒体记者 史崇胤 摄\n\n■A03、06版\n\n杜明阳 制图',
    )
    expect(story.body).toMatchObject([
      { type: 'caption', credit: 'YMG全媒体记者 史崇胤 摄' },
      { type: 'paragraph', text: '杜明阳 制图' },
    ])
    expect(parseStory('标题\n第一段。\n据新华社').body).toEqual([
      { type: 'paragraph', text: '第一段。' },
      { type: 'paragraph', text: '据新华社' },
    ])
  })
})
