import { describe, expect, it } from '@jest/globals'

import { composeBody, composeVariant, excerptLength, toComposedVariant } from '../../src/channels/compose'
import type { VariantOverrides } from '../../src/channels/types'
import type { BodyNode } from '../../src/delivery/serializers/body'
import { renderHtml, type RenderedEmbeds } from '../../src/delivery/serializers/html'
import { renderPlainText } from '../../src/delivery/serializers/plainText'
import type { ImageView } from '../../src/delivery/serializers/views'
import { article, image, inheritEverything, paragraph, photoCaption } from '../delivery/fixtures'

/** A Qingdao Daily story as the paper ran it: lead, two 小标题, a caption item with its photo, one without, an image. */
const para = paragraph
const lead = para('本报12月9日讯 今年以来，市直机关坚持党建引领，在重点任务中打头阵、当先锋。')
const masterBody: BodyNode[] = [
  lead,
  { kind: 'intertitle', text: '党建引领 打头阵' },
  para('市委市直机关工委组织208个机关党组织与社区结对共建。'),
  { kind: 'photoCaption', id: 'p1' },
  { kind: 'intertitle', text: '服务群众 走在前' },
  { kind: 'image', mediaId: 'm-body' },
  para('“我们把办公桌搬到了群众家门口。”市民政局机关党委负责人说。'),
  { kind: 'photoCaption', id: 'p2' },
]
const captionWithoutPhoto = photoCaption('p2', {
  caption: '志愿者在社区服务站为居民答疑',
  image: null,
  photographer: null,
})
const embeds: RenderedEmbeds = {
  photoCaptions: new Map([
    ['p1', photoCaption('p1')],
    ['p2', captionWithoutPhoto],
  ]),
  images: new Map([['m-body', image('m-body', { credit: '本报记者 王建亮 摄' })]]),
}
const master = article({
  kicker: '以高质量党建推动高质量发展',
  headline: '市直机关党建引领打头阵',
  subheadline: '——市直机关“五个一”行动见闻',
  summary: '市直机关208个党组织与社区结对共建，把服务送到群众家门口。',
  body: {
    html: renderHtml(masterBody, embeds),
    text: renderPlainText(masterBody, embeds),
    charCount: 120,
    wordCount: 60,
  },
  photoCaptions: [photoCaption('p1'), captionWithoutPhoto],
})

const inherit = inheritEverything
const parts = (more: Partial<Parameters<typeof composeVariant>[2]> = {}) => ({
  body: masterBody,
  embeds,
  cover: null,
  images: new Map<string, ImageView>(),
  ...more,
})

describe('composeBody', () => {
  it('inherits the whole master body, as a new array', () => {
    const body = composeBody(masterBody, inherit)
    expect(body).toEqual(masterBody)
    body.pop()
    expect(masterBody).toHaveLength(8)
  })

  it('an excerpt of 2 blocks whose second is an intertitle is the lead alone', () => {
    expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks: 2, body: null })).toEqual([lead])
  })

  it('an excerpt drops every dangling block at its end: intertitles, headings, rules, empty paragraphs', () => {
    const body: BodyNode[] = [
      lead,
      { kind: 'heading', level: 3, children: [{ kind: 'text', text: '一、总体要求', marks: [] }] },
      { kind: 'rule' },
      para('  '),
      { kind: 'intertitle', text: '党建引领 打头阵' },
      para('第二段'),
    ]
    expect(composeBody(body, { bodyMode: 'excerpt', excerptBlocks: 5, body: null })).toEqual([lead])
    expect(composeBody(body, { bodyMode: 'excerpt', excerptBlocks: 6, body: null })).toEqual(body)
  })

  it('an excerpt may end on a caption item or an image, which are content', () => {
    expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks: 4, body: null })).toEqual(
      masterBody.slice(0, 4),
    )
    expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks: 5, body: null })).toEqual(
      masterBody.slice(0, 4),
    )
    expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks: 6, body: null })).toEqual(
      masterBody.slice(0, 6),
    )
  })

  it('an excerpt with no usable length is the lead, never the whole story', () => {
    for (const excerptBlocks of [null, 0, -3, Number.NaN, 0.5])
      expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks, body: null })).toEqual([lead])
    expect(excerptLength(3.9)).toBe(3)
  })

  it('an excerpt longer than the body is the body', () => {
    expect(composeBody(masterBody, { bodyMode: 'excerpt', excerptBlocks: 99, body: null })).toEqual(masterBody)
  })

  it('an excerpt of a body that opens with an intertitle and has no room for more is empty', () => {
    const body: BodyNode[] = [{ kind: 'intertitle', text: '开篇' }, lead]
    expect(composeBody(body, { bodyMode: 'excerpt', excerptBlocks: 1, body: null })).toEqual([])
  })

  it("an override is the variant's own body, and an override not yet written is empty", () => {
    const own = [para('微信版导语')]
    expect(composeBody(masterBody, { bodyMode: 'override', excerptBlocks: 2, body: own })).toEqual(own)
    expect(composeBody(masterBody, { bodyMode: 'override', excerptBlocks: null, body: null })).toEqual([])
  })
})

describe('composeVariant', () => {
  it('a variant that overrides nothing is the master, marked as inheriting everything', () => {
    const variant = composeVariant(master, inherit, parts())
    expect(variant).toMatchObject({
      id: master.id,
      slug: master.slug,
      url: master.url,
      byline: master.byline,
      kicker: master.kicker,
      headline: master.headline,
      subheadline: master.subheadline,
      summary: master.summary,
      cover: master.cover,
      printEdition: master.printEdition,
      photoCaptions: master.photoCaptions,
      inherits: { kicker: true, headline: true, subheadline: true, digest: true, cover: true, body: 'inherit' },
    })
    expect(variant.body.html).toBe(master.body.html)
    expect(variant.body.text).toBe(master.body.text)
  })

  it('a headline override of only spaces (ASCII, full-width, tabs) inherits the master headline', () => {
    const variant = composeVariant(master, { ...inherit, headline: ' \u3000\t\n ', kicker: '' }, parts())
    expect(variant.headline).toBe('市直机关党建引领打头阵')
    expect(variant.kicker).toBe('以高质量党建推动高质量发展')
    expect(variant.inherits.headline).toBe(true)
    expect(variant.inherits.kicker).toBe(true)
  })

  it('overridden texts replace the master, trimmed; the digest is the summary readers get', () => {
    const variant = composeVariant(
      master,
      {
        ...inherit,
        headline: '  208个机关党组织进社区\u3000',
        subheadline: '\t“五个一”行动见闻 ',
        digest: ' 把办公桌搬到群众家门口 ',
      },
      parts(),
    )
    expect(variant).toMatchObject({
      kicker: '以高质量党建推动高质量发展',
      headline: '208个机关党组织进社区',
      subheadline: '“五个一”行动见闻',
      summary: '把办公桌搬到群众家门口',
      inherits: { kicker: true, headline: false, subheadline: false, digest: false },
    })
  })

  it('keeps hostile override text as text: escaping is the serializer’s job, not lost here', () => {
    const variant = composeVariant(master, { ...inherit, headline: '<script>alert("标题")</script>' }, parts())
    expect(variant.headline).toBe('<script>alert("标题")</script>')
  })

  it('a master without a kicker and a variant without one: no kicker, inherited', () => {
    const variant = composeVariant({ ...master, kicker: null }, inherit, parts())
    expect(variant.kicker).toBeNull()
    expect(variant.inherits.kicker).toBe(true)
  })

  it("the variant's cover replaces the master's; a cover it names that is gone is no cover, not the master's", () => {
    const square = image('wechat-square', { width: 900, height: 900 })
    const own = composeVariant(master, { ...inherit, coverId: 'wechat-square' }, parts({ cover: square }))
    expect(own.cover).toBe(square)
    expect(own.inherits.cover).toBe(false)

    const gone = composeVariant(master, { ...inherit, coverId: 'deleted-media' }, parts({ cover: null }))
    expect(gone.cover).toBeNull()
    expect(gone.inherits.cover).toBe(false)

    const none = composeVariant(master, { ...inherit, coverId: '  ' }, parts({ cover: square }))
    expect(none.cover).toEqual(master.cover)
    expect(none.inherits.cover).toBe(true)
  })

  it('an excerpt re-renders the body: only its blocks, only its captions, 字数 without captions or punctuation', () => {
    const variant = composeVariant(master, { ...inherit, bodyMode: 'excerpt', excerptBlocks: 5 }, parts())
    expect(variant.body.html.split('\n')).toEqual([
      '<p>本报12月9日讯 今年以来，市直机关坚持党建引领，在重点任务中打头阵、当先锋。</p>',
      '<h2 class="intertitle">党建引领 打头阵</h2>',
      '<p>市委市直机关工委组织208个机关党组织与社区结对共建。</p>',
      expect.stringMatching(/^<figure class="photo-caption" data-photo-caption-id="p1">/),
    ])
    expect(variant.body.text).toBe(
      [
        '本报12月9日讯 今年以来，市直机关坚持党建引领，在重点任务中打头阵、当先锋。',
        '党建引领 打头阵',
        '市委市直机关工委组织208个机关党组织与社区结对共建。',
        '■2024年3月28日，行动动员大会召开 & “打头阵”',
      ].join('\n\n'),
    )
    // 34 + 7 + 26: letters and digits of the lead, the intertitle and the second paragraph; the caption is not counted.
    expect(variant.body.charCount).toBe(67)
    expect(variant.photoCaptions.map((item) => item.id)).toEqual(['p1'])
    expect(variant.inherits.body).toBe('excerpt')

    const whole = composeVariant(master, inherit, parts())
    expect(variant.body.wordCount).toBeGreaterThan(0)
    expect(variant.body.wordCount).toBeLessThan(whole.body.wordCount)
  })

  it('an own body renders its own images and captions, each caption once, and drops what is not loaded', () => {
    const own: BodyNode[] = [
      para('微信版：208个机关党组织进社区'),
      { kind: 'image', mediaId: 'wechat-only' },
      { kind: 'photoCaption', id: 'p2' },
      { kind: 'photoCaption', id: 'p2' },
      { kind: 'photoCaption', id: 'unpublished' },
      { kind: 'image', mediaId: 'deleted' },
    ]
    const variant = composeVariant(
      master,
      { ...inherit, bodyMode: 'override', body: own },
      parts({ images: new Map([['wechat-only', image('wechat-only')]]) }),
    )
    expect(variant.body.html).toContain('/api/media/file/wechat-only-800.jpg')
    expect(variant.body.html).not.toContain('党建引领 打头阵')
    expect(variant.body.html.match(/data-photo-caption-id="p2"/g)).toHaveLength(2)
    expect(variant.photoCaptions.map((item) => item.id)).toEqual(['p2'])
    expect(variant.body.charCount).toBe(15)
    expect(variant.inherits.body).toBe('override')
  })

  it('an override not yet written gives an empty body, not the master’s', () => {
    const variant = composeVariant(master, { ...inherit, bodyMode: 'override', body: null }, parts())
    expect(variant.body).toEqual({ html: '', text: '', charCount: 0, wordCount: 0 })
    expect(variant.photoCaptions).toEqual([])
  })
})

describe('toComposedVariant', () => {
  it('gives preflight the byline as author, the cover and every image the body shows, in reading order, once', () => {
    const nodes = [
      ...masterBody,
      { kind: 'image', mediaId: 'm-body' } as const,
      { kind: 'image', mediaId: 'gone' } as const,
    ]
    const variant = composeVariant(master, { ...inherit, bodyMode: 'override', body: nodes }, parts())
    const composed = toComposedVariant(variant, nodes, new Map(), embeds.images)
    expect(composed).toEqual({
      kicker: '以高质量党建推动高质量发展',
      headline: '市直机关党建引领打头阵',
      subheadline: '——市直机关“五个一”行动见闻',
      digest: '市直机关208个党组织与社区结对共建，把服务送到群众家门口。',
      author: '青岛日报记者 任晓萌 通讯员 徐文琦',
      cover: { id: 'cover', url: 'https://cms.example.com/api/media/file/cover.jpg', width: 1800, height: 1200 },
      body: nodes,
      bodyImages: [
        { id: 'img-p1', url: 'https://cms.example.com/api/media/file/img-p1.jpg', width: 1800, height: 1200 },
        { id: 'm-body', url: 'https://cms.example.com/api/media/file/m-body.jpg', width: 1800, height: 1200 },
      ],
      bodyText: variant.body.text,
      bodyHtml: variant.body.html,
    })
  })

  it('an excerpt shows preflight only the images within it, and the variant’s own texts', () => {
    const overrides: VariantOverrides = {
      ...inherit,
      headline: '党建引领打头阵',
      digest: '  ',
      bodyMode: 'excerpt',
      excerptBlocks: 3,
    }
    const variant = composeVariant({ ...master, cover: null }, overrides, parts())
    const composed = toComposedVariant(variant, composeBody(masterBody, overrides), embeds.images)
    expect(composed.headline).toBe('党建引领打头阵')
    expect(composed.digest).toBe(master.summary)
    expect(composed.cover).toBeNull()
    expect(composed.bodyImages).toEqual([])
    expect(composed.body).toHaveLength(3)
  })
})
