import { describe, expect, it } from '@jest/globals'

import { channelPresets, wechatLimits } from '../../src/channels/limits'
import {
  countCodePoints,
  isHostedOn,
  largestCropWidth,
  preflight,
  preflightSummary,
  utf8Bytes,
} from '../../src/channels/preflight'
import type { ChannelLimits, ComposedVariant, PreflightImage, PreflightProblem } from '../../src/channels/types'
import type { BodyNode } from '../../src/delivery/serializers/body'

const paragraph = (text: string): BodyNode => ({ kind: 'paragraph', children: [{ kind: 'text', text, marks: [] }] })

const wechatImage = (id: string): PreflightImage => ({
  id,
  url: `http://mmbiz.qpic.cn/mmbiz_jpg/${id}/0?wx_fmt=jpeg`,
  width: 1800,
  height: 1200,
})

/** A story WeChat takes as it is: every check passes. */
const variant = (changes: Partial<ComposedVariant> = {}): ComposedVariant => ({
  kicker: '一稿多签',
  headline: '青岛地铁6号线一期开通运营',
  subheadline: null,
  digest: '全长30.8公里，设站21座，西海岸新区迈入地铁换乘时代。',
  author: '本报记者 王建亮',
  cover: wechatImage('cover'),
  body: [
    paragraph('12月26日上午，青岛地铁6号线一期开通运营。'),
    { kind: 'intertitle', text: '西海岸新区迈入换乘时代' },
    { kind: 'image', mediaId: 'photo-1' },
    paragraph('6号线一期全长30.8公里。'),
  ],
  bodyImages: [wechatImage('photo-1')],
  bodyText: '12月26日上午，青岛地铁6号线一期开通运营。\n西海岸新区迈入换乘时代\n6号线一期全长30.8公里。',
  bodyHtml:
    '<p>12月26日上午，青岛地铁6号线一期开通运营。</p><h2>西海岸新区迈入换乘时代</h2><figure><img src="http://mmbiz.qpic.cn/mmbiz_jpg/photo-1/0?wx_fmt=jpeg"></figure><p>6号线一期全长30.8公里。</p>',
  ...changes,
})

const live = { masterLive: true }
const wechat = { kind: 'wechat' as const, limits: wechatLimits }
const channel = (limits: Partial<ChannelLimits>) => ({
  kind: 'partner' as const,
  limits: { ...wechatLimits, ...limits },
})
const preset = (slug: string) => channelPresets.find((candidate) => candidate.slug === slug)!
const codes = (problems: PreflightProblem[]) => problems.map((problem) => problem.code)

describe('counting as the channel counts', () => {
  it('counts an emoji or a character beyond U+FFFF as one, a lone surrogate as one', () => {
    const samples = ['', '青岛', '👍', '𠮷野家', '👨‍👩‍👧', 'a\ud800b', '\udc00', '😀\ud83d', 'é']
    for (const text of samples) expect([text, countCodePoints(text)]).toEqual([text, [...text].length])
    expect(countCodePoints('👍👍')).toBe(2)
    // Code points, not what a reader sees as one symbol: a family emoji is three people and two joiners.
    expect(countCodePoints('👨‍👩‍👧')).toBe(5)
  })

  it('weighs text in UTF-8 as it travels, lone surrogates as the replacement character', () => {
    const samples = ['', 'abc', 'é', '青岛', '😀', '𠮷', 'a\ud800b', '\udc00\ud800', '😀\ud83d', '\u07ff\u0800\uffff']
    for (const text of samples) expect([text, utf8Bytes(text)]).toEqual([text, new TextEncoder().encode(text).length])
  })
})

describe('preflight', () => {
  it('passes a story that fits the channel', () => {
    expect(preflight(wechat, variant(), live)).toEqual([])
    for (const { slug, kind, limits } of channelPresets)
      expect([slug, preflight({ kind, limits }, variant(), live)]).toEqual([slug, []])
  })

  it('refuses while the master story is not published', () => {
    expect(preflight(wechat, variant(), { masterLive: false })).toEqual([
      {
        code: 'masterNotLive',
        field: 'master',
        message: {
          zh: '主稿尚未发布：主稿发布后，渠道稿才能签发',
          en: 'The master story is not published: a variant can be signed off only once its master is',
        },
      },
    ])
    // Nothing composed (the master has no live record) is the same, whatever the caller believes.
    expect(codes(preflight(wechat, null, live))).toEqual(['masterNotLive'])
    expect(codes(preflight(wechat, null, { masterLive: false }))).toEqual(['masterNotLive'])
  })

  describe('the headline', () => {
    it('takes 32 characters on WeChat and refuses 33, saying both numbers', () => {
      expect(preflight(wechat, variant({ headline: '青'.repeat(32) }), live)).toEqual([])
      expect(preflight(wechat, variant({ headline: '青'.repeat(33) }), live)).toEqual([
        {
          code: 'titleTooLong',
          field: 'headline',
          message: {
            zh: '标题 33 字，超过此渠道上限 32 字',
            en: 'The headline has 33 characters; this channel takes at most 32',
          },
        },
      ])
    })

    it('counts an emoji or a character beyond U+FFFF as one', () => {
      expect(preflight(wechat, variant({ headline: '👍'.repeat(32) }), live)).toEqual([])
      expect(preflight(wechat, variant({ headline: '𠮷'.repeat(32) }), live)).toEqual([])
      const problems = preflight(wechat, variant({ headline: `${'𠮷'.repeat(30)}🎉🎉🎉` }), live)
      expect(problems.map((problem) => problem.message.zh)).toEqual(['标题 33 字，超过此渠道上限 32 字'])
    })

    it('does not count the spaces around it', () => {
      expect(preflight(wechat, variant({ headline: ` \u3000${'青'.repeat(32)}\n ` }), live)).toEqual([])
    })

    it('must not be empty or blank, on any channel', () => {
      for (const headline of ['', '   ', '\u3000\n'])
        expect([headline, codes(preflight(preset('qingdao-daily-print'), variant({ headline }), live))]).toEqual([
          headline,
          ['titleMissing'],
        ])
      expect(preflight(wechat, variant({ headline: '' }), live)[0]).toEqual({
        code: 'titleMissing',
        field: 'headline',
        message: { zh: '标题为空', en: 'The headline is empty' },
      })
    })

    it('has no limit where the channel sets none', () => {
      expect(preflight(preset('qingdao-daily-print'), variant({ headline: '青'.repeat(500) }), live)).toEqual([])
    })
  })

  it('takes a 16-character byline on WeChat and refuses 17', () => {
    expect(preflight(wechat, variant({ author: '本'.repeat(16) }), live)).toEqual([])
    expect(preflight(wechat, variant({ author: '' }), live)).toEqual([])
    expect(preflight(wechat, variant({ author: `${'本'.repeat(15)}😀😀` }), live)).toEqual([
      {
        code: 'authorTooLong',
        field: 'author',
        message: {
          zh: '作者署名 17 字，超过此渠道上限 16 字',
          en: 'The byline has 17 characters; this channel takes at most 16',
        },
      },
    ])
  })

  it('takes a 128-character digest on WeChat and refuses 129', () => {
    expect(preflight(wechat, variant({ digest: '摘'.repeat(128) }), live)).toEqual([])
    expect(preflight(wechat, variant({ digest: null }), live)).toEqual([])
    expect(preflight(wechat, variant({ digest: '摘'.repeat(129) }), live)).toEqual([
      {
        code: 'digestTooLong',
        field: 'digest',
        message: {
          zh: '摘要 129 字，超过此渠道上限 128 字',
          en: 'The digest has 129 characters; this channel takes at most 128',
        },
      },
    ])
  })

  describe('the body', () => {
    it('counts the characters of its HTML, markup included: 19,999 pass on WeChat, 20,000 do not', () => {
      const markup = '<p></p>'
      expect(preflight(wechat, variant({ bodyHtml: `<p>${'字'.repeat(19_999 - markup.length)}</p>` }), live)).toEqual(
        [],
      )
      expect(preflight(wechat, variant({ bodyHtml: '😀'.repeat(19_999) }), live)).toEqual([])
      expect(preflight(wechat, variant({ bodyHtml: `<p>${'字'.repeat(20_000 - markup.length)}</p>` }), live)).toEqual([
        {
          code: 'bodyTooLong',
          field: 'body',
          message: {
            zh: '正文连同排版代码共 20,000 个字符，超过此渠道上限 19,999 个，请删减或改用节选',
            en: 'The body has 20,000 characters, markup included; this channel takes at most 19,999: shorten it or use an excerpt',
          },
        },
      ])
    })

    it('weighs its HTML in UTF-8: 4-byte characters up to 1,048,575 bytes pass on WeChat, one byte more does not', () => {
      const bytesOnly = channel({ bodyMaxChars: null })
      // 262,143 four-byte characters and 3 ASCII: 1,048,575 bytes, though only 524,289 UTF-16 units.
      const atLimit = `${'😀'.repeat(262_143)}abc`
      expect(utf8Bytes(atLimit)).toBe(1_048_575)
      expect(preflight(bytesOnly, variant({ bodyHtml: atLimit }), live)).toEqual([])
      expect(preflight(bytesOnly, variant({ bodyHtml: `${atLimit}d` }), live)).toEqual([
        {
          code: 'bodyTooLarge',
          field: 'body',
          message: {
            zh: '正文连同排版代码共 1,048,576 字节，超过此渠道上限 1,048,575 字节，请删减或改用节选',
            en: 'The body is 1,048,576 bytes, markup included; this channel takes at most 1,048,575: shorten it or use an excerpt',
          },
        },
      ])
      // A 4-byte character that ends past the limit is over it, though its first byte fits.
      expect(codes(preflight(bytesOnly, variant({ bodyHtml: '😀'.repeat(262_144) }), live))).toEqual(['bodyTooLarge'])
      expect(codes(preflight(wechat, variant({ bodyHtml: '😀'.repeat(262_144) }), live))).toEqual([
        'bodyTooLong',
        'bodyTooLarge',
      ])
    })
  })

  describe('the cover', () => {
    it('must be there where the channel needs one, and nowhere else', () => {
      expect(preflight(wechat, variant({ cover: null }), live)).toEqual([
        {
          code: 'coverMissing',
          field: 'cover',
          message: { zh: '此渠道须有封面，尚未选封面', en: 'This channel needs a cover, and none is chosen' },
        },
      ])
      expect(codes(preflight(preset('guanhai-app'), variant({ cover: null }), live))).toEqual(['coverMissing'])
      expect(preflight(preset('qingdao-daily-web'), variant({ cover: null }), live)).toEqual([])
      expect(preflight(preset('qingdao-daily-print'), variant({ cover: null }), live)).toEqual([])
    })

    it('must give each crop at least the channel’s width', () => {
      const cover = (width: number, height: number) => variant({ cover: { id: 'c', url: 'x', width, height } })
      // WeChat: 2.35:1 and 1:1, at least 900 wide.
      expect(preflight(wechat, cover(900, 900), live)).toEqual([])
      expect(preflight(wechat, cover(900, 383), live)).toEqual([
        {
          code: 'coverTooSmallForCrop',
          field: 'cover',
          message: {
            zh: '封面 900×383 像素，按 1:1 裁切后宽 383 像素，不足此渠道要求的 900 像素',
            en: 'The cover is 900×383 px: cropped to 1:1 it is 383 px wide, less than the 900 px this channel needs',
          },
        },
      ])
      expect(preflight(wechat, cover(899, 5000), live).map((problem) => [problem.code, problem.message.zh])).toEqual([
        ['coverTooSmallForCrop', '封面 899×5000 像素，按 2.35:1 裁切后宽 899 像素，不足此渠道要求的 900 像素'],
        ['coverTooSmallForCrop', '封面 899×5000 像素，按 1:1 裁切后宽 899 像素，不足此渠道要求的 900 像素'],
      ])
      // The app: 16:9, at least 1080 wide. 608 px high gives a 1080.9-px crop, 607 px a 1079.1-px one.
      const app = preset('guanhai-app')
      expect(preflight(app, cover(1080, 608), live)).toEqual([])
      expect(preflight(app, cover(1920, 1080), live)).toEqual([])
      expect(preflight(app, cover(1080, 607), live).map((problem) => problem.message.zh)).toEqual([
        '封面 1080×607 像素，按 16:9 裁切后宽 1079 像素，不足此渠道要求的 1080 像素',
      ])
    })

    it('refuses a cover whose size is unknown, once, naming the crops', () => {
      for (const [width, height] of [
        [null, null],
        [1800, null],
        [0, 1200],
        [Number.NaN, 1200],
        [Infinity, Infinity],
      ])
        expect([
          width,
          height,
          preflight(wechat, variant({ cover: { id: 'c', url: 'x', width, height } }), live),
        ]).toEqual([
          width,
          height,
          [
            {
              code: 'coverTooSmallForCrop',
              field: 'cover',
              message: {
                zh: '封面尺寸不明，无法确认按 2.35:1、1:1 裁切后宽度能否达到 900 像素，请重新上传封面图片',
                en: "The cover's size is unknown, so whether its 2.35:1, 1:1 crops reach 900 px wide cannot be checked: upload the cover image again",
              },
            },
          ],
        ])
      // A channel without crops does not care how large the cover is.
      const unknown = variant({ cover: { id: 'c', url: 'x', width: null, height: null } })
      expect(preflight(preset('qingdao-daily-web'), unknown, live)).toEqual([])
    })

    it('computes the widest crop in whole pixels', () => {
      expect(largestCropWidth({ width: 1080, height: 1080 }, { width: 16, height: 9 })).toBe(1080)
      expect(largestCropWidth({ width: 4000, height: 1080 }, { width: 16, height: 9 })).toBe(1920)
      expect(largestCropWidth({ width: 4000, height: 383 }, { width: 2.35, height: 1 })).toBe(900)
      // 50 × 2.3 is 114.99999999999999 in floating point: still a 115-px crop.
      expect(largestCropWidth({ width: 4000, height: 50 }, { width: 2.3, height: 1 })).toBe(115)
      const exactly = channel({ coverCrops: [{ width: 2.3, height: 1 }], minCoverWidth: 115 })
      expect(preflight(exactly, variant({ cover: { id: 'c', url: 'x', width: 4000, height: 50 } }), live)).toEqual([])
      expect(largestCropWidth({ width: 4000, height: 607 }, { width: 16, height: 9 })).toBe(1079)
    })
  })

  describe('the body’s blocks', () => {
    const everyBlock: BodyNode[] = [
      { kind: 'rule' },
      paragraph('导语'),
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: '一级', marks: ['strong'] }] },
      { kind: 'intertitle', text: '小标题' },
      { kind: 'photoCaption', id: 'pc-1' },
      { kind: 'image', mediaId: 'm-1' },
      { kind: 'quote', text: '“交通先行”', source: '市交通局' },
      { kind: 'blockquote', children: [{ kind: 'text', text: '引用', marks: [] }] },
      {
        kind: 'list',
        ordered: true,
        items: [{ children: [{ kind: 'text', text: '一', marks: [] }], lists: [] }],
      },
      { kind: 'intertitle', text: '又一个小标题' },
    ]

    it('names each block the channel cannot show once, in the settings’ order, whatever the body’s', () => {
      const problems = preflight(channel({ allowedBlocks: ['image'] }), variant({ body: everyBlock }), live)
      expect(problems.map((problem) => [problem.code, problem.field, problem.message.zh])).toEqual([
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“小标题”，请在渠道稿中删去或改写'],
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“图说稿件”，请在渠道稿中删去或改写'],
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“引语”，请在渠道稿中删去或改写'],
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“引用段落”，请在渠道稿中删去或改写'],
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“列表”，请在渠道稿中删去或改写'],
        ['blockNotAllowed', 'body', '此渠道不能显示正文中的“分隔线”，请在渠道稿中删去或改写'],
      ])
      expect(problems[0].message.en).toBe(
        "This channel cannot show the body's “Intertitle”: remove or rewrite it in the variant",
      )
    })

    it('lets paragraphs and headings through everywhere, even where no block is allowed', () => {
      const text: BodyNode[] = [paragraph('正文'), { kind: 'heading', level: 3, children: [] }]
      expect(preflight(channel({ allowedBlocks: [] }), variant({ body: text }), live)).toEqual([])
      expect(codes(preflight(channel({ allowedBlocks: [] }), variant({ body: [{ kind: 'rule' }] }), live))).toEqual([
        'blockNotAllowed',
      ])
    })

    it('finds a block in a nested list', () => {
      const nested: BodyNode[] = [
        {
          kind: 'list',
          ordered: false,
          items: [
            {
              children: [],
              lists: [{ kind: 'list', ordered: true, items: [{ children: [], lists: [] }] }],
            },
          ],
        },
      ]
      expect(codes(preflight(channel({ allowedBlocks: [] }), variant({ body: nested }), live))).toEqual([
        'blockNotAllowed',
      ])
      expect(preflight(channel({ allowedBlocks: ['list'] }), variant({ body: nested }), live)).toEqual([])
    })

    it('shows every block on WeChat, 图说稿件 included (rendered as its photos with their captions)', () => {
      expect(preflight(wechat, variant({ body: everyBlock }), live)).toEqual([])
    })
  })

  describe('the body’s images', () => {
    const image = (url: string, id = url): PreflightImage => ({ id, url, width: 1200, height: 800 })

    it('must be on WeChat’s own image server, each one not named once by its URL', () => {
      const urls = [
        'http://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg',
        'https://mmbiz.qpic.cn/mmbiz_png/def/0',
        'HTTPS://MMBIZ.QPIC.CN/mmbiz_png/ghi/0',
        'http://mmbiz.qpic.cn.evil.com/x.jpg',
        'javascript:alert(1)//mmbiz.qpic.cn',
        '/media/photo.jpg',
        '//mmbiz.qpic.cn/mmbiz_jpg/abc/0',
        'mmbiz.qpic.cn/mmbiz_jpg/abc/0',
        'http://mmbiz.qpic.cn@evil.com/x.jpg',
        'http://evil.com/mmbiz.qpic.cn/x.jpg',
        'http://evil.com/?u=http://mmbiz.qpic.cn/x.jpg',
        'http://mmbiz.qpic.cn:8080/x.jpg',
        'ftp://mmbiz.qpic.cn/x.jpg',
        'data:image/png;base64,iVBORw0KGgo=',
        'not a url',
        'http://mmbiz.qpic.cn.evil.com/x.jpg',
      ]
      const problems = preflight(
        wechat,
        variant({ bodyImages: urls.map((url, index) => image(url, `m${index}`)) }),
        live,
      )
      expect(problems.every((problem) => problem.code === 'imageNotHosted' && problem.field === 'body')).toBe(true)
      const named = problems.map((problem) => /^正文图片 (.+) 不在此渠道/.exec(problem.message.zh)?.[1])
      // All but the three on mmbiz.qpic.cn, and the look-alike once though the body shows it twice.
      expect(named).toEqual(urls.slice(3, 15))
      expect(problems[0].message).toEqual({
        zh: '正文图片 http://mmbiz.qpic.cn.evil.com/x.jpg 不在此渠道认可的图片服务器（mmbiz.qpic.cn）上，须先上传到该渠道',
        en: 'The body image http://mmbiz.qpic.cn.evil.com/x.jpg is not on an image server this channel accepts (mmbiz.qpic.cn): upload it to the channel first',
      })
    })

    it('names an image without a URL by its id, and a very long URL cut short', () => {
      const problems = preflight(
        wechat,
        variant({ bodyImages: [image('', 'media-7'), image(`data:image/png;base64,${'A'.repeat(100_000)}`)] }),
        live,
      )
      expect(problems[0].message.zh).toContain(' #media-7 ')
      expect(problems[1].message.zh.length).toBeLessThan(250)
      expect(problems[1].message.zh).toContain('…')
    })

    it('may come from anywhere where the channel lists no host', () => {
      const web = preset('qingdao-daily-web')
      expect(preflight(web, variant({ bodyImages: [image('javascript:alert(1)'), image('/a.jpg')] }), live)).toEqual([])
    })

    it('match a “*.” host below it, never the domain itself or a look-alike', () => {
      expect(isHostedOn('http://mmbiz.qpic.cn/a.jpg', ['*.qpic.cn'])).toBe(true)
      expect(isHostedOn('https://a.b.qpic.cn/a.jpg', ['*.qpic.cn'])).toBe(true)
      expect(isHostedOn('http://qpic.cn/a.jpg', ['*.qpic.cn'])).toBe(false)
      expect(isHostedOn('http://evilqpic.cn/a.jpg', ['*.qpic.cn'])).toBe(false)
      expect(isHostedOn('http://qpic.cn.evil.com/a.jpg', ['*.qpic.cn'])).toBe(false)
      expect(isHostedOn('http://mmbiz.qpic.cn/a.jpg', ['MMBIZ.qpic.cn'])).toBe(true)
      expect(isHostedOn('http://mmbiz.qpic.cn/a.jpg', [])).toBe(false)
      const hosts = channel({ imageHosts: ['*.qpic.cn', 'img.dailyqd.com'] })
      const images = ['http://mmbiz.qpic.cn/a.jpg', 'https://img.dailyqd.com/b.jpg', 'https://qpic.cn/c.jpg'].map(
        (url) => image(url),
      )
      expect(preflight(hosts, variant({ bodyImages: images }), live).map((problem) => problem.message.zh)).toEqual([
        '正文图片 https://qpic.cn/c.jpg 不在此渠道认可的图片服务器（*.qpic.cn、img.dailyqd.com）上，须先上传到该渠道',
      ])
    })
  })

  it('reports every problem at once, in a stable order', () => {
    const strict = channel({ allowedBlocks: ['image'] })
    const everything = variant({
      headline: '标'.repeat(33),
      author: '作'.repeat(17),
      digest: '摘'.repeat(129),
      bodyHtml: '😀'.repeat(262_144),
      cover: null,
      body: [{ kind: 'rule' }, { kind: 'intertitle', text: '小标题' }],
      bodyImages: [
        { id: 'a', url: 'http://example.com/a.jpg', width: 10, height: 10 },
        { id: 'b', url: 'http://example.com/b.jpg', width: 10, height: 10 },
      ],
    })
    const problems = preflight(strict, everything, { masterLive: false })
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['masterNotLive', 'master'],
      ['titleTooLong', 'headline'],
      ['authorTooLong', 'author'],
      ['digestTooLong', 'digest'],
      ['bodyTooLong', 'body'],
      ['bodyTooLarge', 'body'],
      ['coverMissing', 'cover'],
      ['blockNotAllowed', 'body'],
      ['blockNotAllowed', 'body'],
      ['imageNotHosted', 'body'],
      ['imageNotHosted', 'body'],
    ])
    // Every message is filled in, in both languages.
    for (const { message } of problems)
      for (const text of [message.zh, message.en]) {
        expect(text).not.toMatch(/\{\{|\}\}|newsroom:|undefined|NaN/)
        expect(text.trim()).not.toBe('')
      }
    expect(preflight(strict, everything, { masterLive: false })).toEqual(problems)
  })

  it('sums the problems up a line each, per language', () => {
    const problems = preflight(wechat, variant({ headline: '', cover: null }), { masterLive: false })
    expect(preflightSummary(problems)).toEqual({
      zh: '主稿尚未发布：主稿发布后，渠道稿才能签发\n标题为空\n此渠道须有封面，尚未选封面',
      en: 'The master story is not published: a variant can be signed off only once its master is\nThe headline is empty\nThis channel needs a cover, and none is chosen',
    })
    expect(preflightSummary([])).toEqual({ zh: '', en: '' })
  })
})
