import { describe, expect, it } from '@jest/globals'

import {
  channelConfigProblems,
  channelPresets,
  formatCropRatio,
  isImageHostPattern,
  parseCropRatio,
  wechatLimits,
} from '../../src/channels/limits'
import { channelBlocks, channelKinds } from '../../src/channels/types'

/** A WeChat channel as the `channels` collection stores it: crops as array rows, hosts as text. */
const storedWechat = () => ({
  kind: 'wechat',
  reviewLevels: 2,
  limits: {
    titleMax: 32,
    authorMax: 16,
    digestMax: 128,
    bodyMaxChars: 19_999,
    bodyMaxBytes: 1_048_575,
    coverRequired: true,
    coverCrops: [
      { id: '66a0c0ffee0000000000000a', ratio: '2.35:1' },
      { id: '66a0c0ffee0000000000000b', ratio: '1：1' },
    ],
    minCoverWidth: 900,
    allowedBlocks: ['intertitle', 'image', 'photoCaption'],
    imageHosts: ['mmbiz.qpic.cn', '*.qpic.cn'],
  },
})

/** The stored WeChat channel with some limits replaced. */
const withLimits = (limits: Record<string, unknown>) => {
  const channel = storedWechat()
  return { ...channel, limits: { ...channel.limits, ...limits } }
}

const fields = (channel: unknown) => channelConfigProblems(channel).map((problem) => problem.field)

describe('crop ratios', () => {
  it('reads width:height with decimals, spaces and the colons Chinese input methods type', () => {
    expect(parseCropRatio('2.35:1')).toEqual({ width: 2.35, height: 1 })
    expect(parseCropRatio('16:9')).toEqual({ width: 16, height: 9 })
    expect(parseCropRatio('1:1')).toEqual({ width: 1, height: 1 })
    expect(parseCropRatio(' 16 : 9 ')).toEqual({ width: 16, height: 9 })
    expect(parseCropRatio('16：9')).toEqual({ width: 16, height: 9 })
    expect(parseCropRatio('１６：９')).toEqual({ width: 16, height: 9 })
    expect(parseCropRatio('4∶3')).toEqual({ width: 4, height: 3 })
    expect(parseCropRatio('\u30002.35：1\u3000')).toEqual({ width: 2.35, height: 1 })
  })

  it('refuses anything that is not two positive finite plain numbers', () => {
    const refused = [
      '0:1',
      '1:0',
      '0.0:1',
      '1:0.000',
      '-1:1',
      '1:-1',
      'abc',
      '1:',
      ':1',
      '',
      ' ',
      '16',
      '16/9',
      '16x9',
      '16:9:1',
      '1e400:1',
      '1e2:1',
      `${'9'.repeat(400)}:1`,
      'Infinity:1',
      'NaN:1',
      '0x10:9',
      '+16:9',
      '16.:9',
      '.5:1',
      '16:9 px',
    ]
    expect(refused.filter((text) => parseCropRatio(text) !== null)).toEqual([])
    expect(parseCropRatio(169 as unknown as string)).toBeNull()
    expect(parseCropRatio(null as unknown as string)).toBeNull()
  })

  it('writes a ratio so that it reads back the same', () => {
    expect(formatCropRatio({ width: 2.35, height: 1 })).toBe('2.35:1')
    expect(formatCropRatio({ width: 16, height: 9 })).toBe('16:9')
    const ratios = channelPresets.flatMap((preset) => preset.limits.coverCrops)
    expect(ratios.length).toBeGreaterThan(0)
    for (const ratio of ratios) expect(parseCropRatio(formatCropRatio(ratio))).toEqual(ratio)
  })
})

describe('image host patterns', () => {
  it('are bare host names, or *. and a domain of at least two labels', () => {
    for (const host of ['mmbiz.qpic.cn', 'MMBIZ.QPIC.CN', '*.qpic.cn', 'localhost', 'img-1.dailyqd.com', '10.0.0.1'])
      expect([host, isImageHostPattern(host)]).toEqual([host, true])
    for (const host of [
      'http://mmbiz.qpic.cn',
      '//mmbiz.qpic.cn',
      'mmbiz.qpic.cn/mmbiz_jpg',
      'mmbiz.qpic.cn:443',
      ' mmbiz.qpic.cn',
      'mmbiz qpic.cn',
      '*',
      '*.cn',
      '*qpic.cn',
      'mmbiz.*.cn',
      'mmbiz.qpic.*',
      '**.qpic.cn',
      'qpic.cn.',
      '.qpic.cn',
      '-bad.qpic.cn',
      'bad-.qpic.cn',
      `${'a'.repeat(64)}.cn`,
      // Valid labels, but longer than the 253 characters DNS allows a name.
      `${`${'a'.repeat(63)}.`.repeat(4)}cn`,
      '微信.中国',
      'user@mmbiz.qpic.cn',
      '',
      42,
      null,
    ])
      expect([host, isImageHostPattern(host)]).toEqual([host, false])
  })
})

describe('a channel’s configuration', () => {
  it('passes when stored as the collection stores it, and for every preset', () => {
    expect(channelConfigProblems(storedWechat())).toEqual([])
    expect(channelConfigProblems({ kind: 'web', reviewLevels: 1, limits: {} })).toEqual([])
    expect(
      channelConfigProblems({
        kind: 'partner',
        reviewLevels: 3,
        limits: {
          titleMax: null,
          authorMax: null,
          digestMax: null,
          bodyMaxChars: null,
          bodyMaxBytes: null,
          coverRequired: null,
          coverCrops: null,
          minCoverWidth: null,
          allowedBlocks: null,
          imageHosts: null,
        },
      }),
    ).toEqual([])
    for (const preset of channelPresets) expect([preset.slug, channelConfigProblems(preset)]).toEqual([preset.slug, []])
  })

  it('takes a limit as a whole number in its range, at both ends, and refuses anything else', () => {
    expect(fields(withLimits({ titleMax: 1 }))).toEqual([])
    expect(fields(withLimits({ titleMax: 10_000 }))).toEqual([])
    expect(fields(withLimits({ bodyMaxBytes: 50 * 1024 * 1024 }))).toEqual([])
    expect(fields(withLimits({ bodyMaxChars: 50 * 1024 * 1024 }))).toEqual([])
    for (const titleMax of [0, 10_001, -1, 3.5, Number.NaN, Infinity, -Infinity, '32', '', true, [32], { max: 32 }])
      expect([titleMax, fields(withLimits({ titleMax }))]).toEqual([titleMax, ['limits.titleMax']])
    expect(fields(withLimits({ bodyMaxBytes: 50 * 1024 * 1024 + 1 }))).toEqual(['limits.bodyMaxBytes'])
    expect(fields(withLimits({ minCoverWidth: 0, authorMax: Number.NaN, digestMax: 1e21 }))).toEqual([
      'limits.authorMax',
      'limits.digestMax',
      'limits.minCoverWidth',
    ])
  })

  it('says what a limit must be and what it is, in Chinese and English', () => {
    expect(channelConfigProblems(withLimits({ titleMax: 0 }))).toEqual([
      {
        field: 'limits.titleMax',
        message: {
          zh: '“标题字数上限”须为 1 至 10,000 的整数，或留空表示不限；现为 0',
          en: '“Title: max characters” must be a whole number from 1 to 10,000, or empty for no limit; it is 0',
        },
      },
    ])
    expect(channelConfigProblems(withLimits({ bodyMaxBytes: '1048575' }))[0].message).toEqual({
      zh: '“正文大小上限（字节）”须为 1 至 52,428,800 的整数，或留空表示不限；现为 "1048575"',
      en: '“Body: max size (bytes)” must be a whole number from 1 to 52,428,800, or empty for no limit; it is "1048575"',
    })
    expect(channelConfigProblems(withLimits({ titleMax: Number.NaN }))[0].message.zh).toContain('现为 NaN')
  })

  it('takes one to three review levels', () => {
    for (const reviewLevels of [1, 2, 3]) expect(fields({ ...storedWechat(), reviewLevels })).toEqual([])
    for (const reviewLevels of [0, 4, 2.5, '2', Number.NaN, null, undefined])
      expect([reviewLevels, fields({ ...storedWechat(), reviewLevels })]).toEqual([reviewLevels, ['reviewLevels']])
    expect(channelConfigProblems({ ...storedWechat(), reviewLevels: 4 })[0].message).toEqual({
      zh: '“默认审核级数”须为 1 至 3 的整数，现为 4',
      en: '“Default review levels” must be a whole number from 1 to 3; it is 4',
    })
  })

  it('knows only the channel kinds, and names them when another is given', () => {
    for (const kind of channelKinds) expect(fields({ ...storedWechat(), kind })).toEqual([])
    expect(fields({ ...storedWechat(), kind: 'weibo' })).toEqual(['kind'])
    expect(fields({ ...storedWechat(), kind: 'WeChat' })).toEqual(['kind'])
    expect(fields({ ...storedWechat(), kind: '' })).toEqual(['kind'])
    expect(channelConfigProblems({ ...storedWechat(), kind: 'weibo' })[0].message.zh).toBe(
      '“类型”须为报纸（print）、客户端（app）、网站（web）、微信公众号（wechat）、合作平台（partner）之一，现为 "weibo"',
    )
  })

  it('reports a missing kind, review levels and limits at their fields, whatever arrives', () => {
    for (const input of [null, undefined, 'wechat', 42, [], {}])
      expect([input, fields(input)]).toEqual([input, ['kind', 'reviewLevels', 'limits']])
    expect(fields({ kind: 'web', reviewLevels: 2, limits: 'none' })).toEqual(['limits'])
    expect(channelConfigProblems({ kind: 'web', reviewLevels: 2 })[0].message).toEqual({
      zh: '“发布限制”不能为空',
      en: '“Limits” must not be empty',
    })
  })

  it('takes “cover required” as yes or no only', () => {
    expect(fields(withLimits({ coverRequired: false }))).toEqual([])
    expect(fields(withLimits({ coverRequired: 'yes' }))).toEqual(['limits.coverRequired'])
    expect(fields(withLimits({ coverRequired: 1 }))).toEqual(['limits.coverRequired'])
  })

  it('refuses crop ratios that do not parse, at the row’s ratio', () => {
    const crops = [{ ratio: '16:9' }, { ratio: '1:0' }, { ratio: 'abc' }, { ratio: null }, {}, '4:3', 'x', 7]
    expect(fields(withLimits({ coverCrops: crops }))).toEqual([
      'limits.coverCrops.1.ratio',
      'limits.coverCrops.2.ratio',
      'limits.coverCrops.3.ratio',
      'limits.coverCrops.4',
      'limits.coverCrops.6',
      'limits.coverCrops.7',
    ])
    expect(channelConfigProblems(withLimits({ coverCrops: [{ ratio: '1:0' }] }))[0].message.zh).toBe(
      '裁切比例 "1:0" 无法识别：请写成“宽:高”，两边都是大于 0 的数，如 2.35:1、16:9、1:1',
    )
    expect(
      fields(
        withLimits({
          coverCrops: [
            { width: 0, height: 1 },
            { width: 16, height: Infinity },
          ],
        }),
      ),
    ).toEqual(['limits.coverCrops.0', 'limits.coverCrops.1'])
    expect(fields(withLimits({ coverCrops: '2.35:1' }))).toEqual(['limits.coverCrops'])
  })

  it('refuses a crop that repeats an earlier one, however it is written', () => {
    const crops = ['16:9', '2.35:1', '32:18', '47:20', '16 ： 9', '4:3'].map((ratio) => ({ ratio }))
    const problems = channelConfigProblems(withLimits({ coverCrops: crops }))
    expect(problems.map((problem) => problem.field)).toEqual([
      'limits.coverCrops.2.ratio',
      'limits.coverCrops.3.ratio',
      'limits.coverCrops.4.ratio',
    ])
    expect(problems[0].message).toEqual({
      zh: '裁切比例 32:18 与第 1 项（16:9）相同，请删去一项',
      en: 'The crop ratio 32:18 is the same as crop 1 (16:9): remove one',
    })
    expect(problems[1].message.zh).toBe('裁切比例 47:20 与第 2 项（2.35:1）相同，请删去一项')
    expect(fields(withLimits({ coverCrops: [{ ratio: '2.35:1' }, { ratio: '2.36:1' }] }))).toEqual([])
  })

  it('allows only the body blocks there are', () => {
    expect(fields(withLimits({ allowedBlocks: [...channelBlocks] }))).toEqual([])
    expect(fields(withLimits({ allowedBlocks: [] }))).toEqual([])
    expect(fields(withLimits({ allowedBlocks: ['image', 'video', 'toString', '__proto__', 'Image', null] }))).toEqual([
      'limits.allowedBlocks.1',
      'limits.allowedBlocks.2',
      'limits.allowedBlocks.3',
      'limits.allowedBlocks.4',
      'limits.allowedBlocks.5',
    ])
    expect(channelConfigProblems(withLimits({ allowedBlocks: ['video'] }))[0].message.zh).toBe(
      '没有名为 "video" 的正文块，可选的有 intertitle, photoCaption, image, quote, blockquote, list, rule',
    )
  })

  it('takes image hosts as bare host names only', () => {
    const hosts = ['mmbiz.qpic.cn', 'https://mmbiz.qpic.cn', 'mmbiz.qpic.cn/x', '*', '*.qpic.cn', 'a b.cn']
    expect(fields(withLimits({ imageHosts: hosts }))).toEqual([
      'limits.imageHosts.1',
      'limits.imageHosts.2',
      'limits.imageHosts.3',
      'limits.imageHosts.5',
    ])
    expect(channelConfigProblems(withLimits({ imageHosts: ['https://mmbiz.qpic.cn'] }))[0].message.zh).toBe(
      '"https://mmbiz.qpic.cn" 不是域名：只写域名，如 mmbiz.qpic.cn，或用 *.qpic.cn 表示其下所有子域名；不带 http://、路径、端口和空格',
    )
  })

  it('cuts a long value short in the message', () => {
    const [problem] = channelConfigProblems(withLimits({ imageHosts: [`https://${'x'.repeat(5000)}.cn`] }))
    expect(problem.message.zh.length).toBeLessThan(200)
    expect(problem.message.zh).toContain('…')
  })

  it('reports every problem at once, in the order of the form', () => {
    expect(
      fields({
        kind: 'fax',
        reviewLevels: 0,
        limits: {
          titleMax: 0,
          bodyMaxBytes: Infinity,
          coverRequired: 'no',
          coverCrops: [{ ratio: '1:0' }],
          allowedBlocks: ['video'],
          imageHosts: ['http://x.cn'],
        },
      }),
    ).toEqual([
      'kind',
      'reviewLevels',
      'limits.titleMax',
      'limits.bodyMaxBytes',
      'limits.coverRequired',
      'limits.coverCrops.0.ratio',
      'limits.allowedBlocks.0',
      'limits.imageHosts.0',
    ])
  })
})

describe('WeChat’s limits', () => {
  it('are those of an official-account article (draft/add)', () => {
    expect(wechatLimits).toMatchObject({
      titleMax: 32,
      authorMax: 16,
      digestMax: 128,
      // "less than 20,000 characters and 1 MB"
      bodyMaxChars: 19_999,
      bodyMaxBytes: 1_048_575,
      coverRequired: true,
      imageHosts: ['mmbiz.qpic.cn'],
    })
    expect(wechatLimits.coverCrops.map(formatCropRatio)).toEqual(['2.35:1', '1:1'])
    expect(wechatLimits.allowedBlocks).toEqual(expect.arrayContaining(['image', 'photoCaption', 'intertitle']))
  })
})

describe('the channel presets', () => {
  it('are the seed’s four channels', () => {
    expect(
      channelPresets.map(({ slug, kind, brandSlug, reviewLevels }) => ({ slug, kind, brandSlug, reviewLevels })),
    ).toEqual([
      { slug: 'qingdao-daily-print', kind: 'print', brandSlug: 'qingdao-daily', reviewLevels: 3 },
      { slug: 'guanhai-app', kind: 'app', brandSlug: 'guanhai-news', reviewLevels: 2 },
      { slug: 'qingdao-daily-web', kind: 'web', brandSlug: 'qingdao-daily', reviewLevels: 2 },
      { slug: 'qingdao-daily-wechat', kind: 'wechat', brandSlug: 'qingdao-daily', reviewLevels: 2 },
    ])
    for (const preset of channelPresets) {
      expect(preset.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(preset.name.trim()).not.toBe('')
    }
    expect(new Set(channelPresets.map((preset) => preset.name)).size).toBe(channelPresets.length)
  })

  it('ask a cover of the app and WeChat, and not of the paper or the web', () => {
    const bySlug = Object.fromEntries(channelPresets.map((preset) => [preset.slug, preset.limits]))
    expect(bySlug['guanhai-app']).toMatchObject({ coverRequired: true, titleMax: 40 })
    expect(bySlug['guanhai-app'].coverCrops.map(formatCropRatio)).toEqual(['16:9'])
    expect(bySlug['qingdao-daily-print'].coverRequired).toBe(false)
    expect(bySlug['qingdao-daily-web'].coverRequired).toBe(false)
    expect(bySlug['qingdao-daily-wechat']).toEqual(wechatLimits)
  })

  it('give the WeChat preset its own copy, so a seed that edits it leaves WeChat’s limits alone', () => {
    const wechat = channelPresets.find((preset) => preset.kind === 'wechat')!
    wechat.limits.coverCrops.push({ width: 4, height: 3 })
    wechat.limits.imageHosts.push('example.com')
    wechat.limits.allowedBlocks.pop()
    try {
      expect(wechatLimits.coverCrops.map(formatCropRatio)).toEqual(['2.35:1', '1:1'])
      expect(wechatLimits.imageHosts).toEqual(['mmbiz.qpic.cn'])
      expect(wechatLimits.allowedBlocks).toHaveLength(7)
    } finally {
      wechat.limits.coverCrops.pop()
      wechat.limits.imageHosts.pop()
      wechat.limits.allowedBlocks.push('rule')
    }
  })
})
