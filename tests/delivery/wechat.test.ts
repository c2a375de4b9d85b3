import { describe, expect, it } from '@jest/globals'

import { composeVariant } from '../../src/channels/compose'
import type { ChannelArticle, VariantOverrides } from '../../src/channels/types'
import type { BodyNode } from '../../src/delivery/serializers/body'
import type { RenderedEmbeds } from '../../src/delivery/serializers/html'
import type { ImageView } from '../../src/delivery/serializers/views'
import {
  isImageHostAllowed,
  thumbMediaIdPlaceholder,
  toWechatDraft,
  wechatContent,
} from '../../src/delivery/serializers/wechat'
import { article, image, inheritEverything, paragraph, photoCaption } from './fixtures'

/** The Qingdao Daily story of tests/channels/compose, as its WeChat variant. */
const para = paragraph
const masterBody: BodyNode[] = [
  para('本报12月9日讯 今年以来，市直机关坚持党建引领，在重点任务中打头阵、当先锋。'),
  { kind: 'intertitle', text: '党建引领 打头阵' },
  para('市委市直机关工委组织208个机关党组织与社区结对共建。'),
  { kind: 'photoCaption', id: 'p1' },
  { kind: 'image', mediaId: 'm-body' },
]
const embeds: RenderedEmbeds = {
  photoCaptions: new Map([['p1', photoCaption('p1')]]),
  images: new Map([['m-body', image('m-body', { credit: null })]]),
}
const master = article({ headline: '市直机关党建引领打头阵', summary: '市直机关208个党组织与社区结对共建。' })
const inherit = inheritEverything
const variant = (overrides: Partial<VariantOverrides> = {}, images = new Map<string, ImageView>()): ChannelArticle =>
  composeVariant(master, { ...inherit, ...overrides }, { body: masterBody, embeds, cover: null, images })

const wechatHosts = ['mmbiz.qpic.cn']
const options = { imageHosts: wechatHosts, sourceUrl: 'https://www.dailyqd.com/articles/story' }
const contentOf = (article: ChannelArticle, more: Partial<Parameters<typeof toWechatDraft>[1]> = {}) =>
  toWechatDraft(article, { ...options, ...more }).payload.articles[0].content

/** An image stored elsewhere (no renditions): what an override body may point at. */
const external = (id: string, url: string): ImageView => image(id, { url, renditions: [], credit: null })

describe('WeChat draft (draft/add)', () => {
  it('is the request body of draft/add, with what to upload beside it', () => {
    const draft = toWechatDraft(variant({ headline: '208个机关党组织进社区' }), options)
    expect(draft.payload).toEqual({
      articles: [
        {
          title: '208个机关党组织进社区',
          author: '青岛日报记者 任晓萌 通讯员 徐文琦',
          digest: '市直机关208个党组织与社区结对共建。',
          content: expect.any(String),
          content_source_url: 'https://www.dailyqd.com/articles/story',
          thumb_media_id: '{{thumb_media_id}}',
          need_open_comment: 0,
          only_fans_can_comment: 0,
        },
      ],
    })
    expect(thumbMediaIdPlaceholder).toBe('{{thumb_media_id}}')
    expect(draft.cover).toEqual({ url: 'https://cms.example.com/api/media/file/cover-1600.jpg' })
    expect(draft.rehost).toEqual([
      'https://cms.example.com/api/media/file/img-p1-1600.jpg',
      'https://cms.example.com/api/media/file/m-body-1600.jpg',
    ])
    expect(
      toWechatDraft(variant(), { ...options, thumbMediaId: 'MEDIA_ID_1' }).payload.articles[0].thumb_media_id,
    ).toBe('MEDIA_ID_1')
  })

  it('writes plain HTML: no <picture>, srcset, classes or data attributes; the largest JPEG once re-hosted', () => {
    const rehosted = new Map([
      ['https://cms.example.com/api/media/file/img-p1-1600.jpg', 'https://mmbiz.qpic.cn/mmbiz_jpg/p1/0?wx_fmt=jpeg'],
      ['https://cms.example.com/api/media/file/m-body-1600.jpg', 'https://mmbiz.qpic.cn/mmbiz_jpg/mb/0?wx_fmt=jpeg'],
    ])
    const draft = toWechatDraft(variant(), { ...options, rehosted })
    expect(draft.rehost).toEqual([])
    expect(draft.payload.articles[0].content.split('\n')).toEqual([
      '<p>本报12月9日讯 今年以来，市直机关坚持党建引领，在重点任务中打头阵、当先锋。</p>',
      '<h2>党建引领 打头阵</h2>',
      '<p>市委市直机关工委组织208个机关党组织与社区结对共建。</p>',
      '<section><img src="https://mmbiz.qpic.cn/mmbiz_jpg/p1/0?wx_fmt=jpeg" alt="会议现场 &lt;全景&gt;">' +
        '<p style="font-size:14px;color:#888888;text-align:center">2024年3月28日，行动动员大会召开 &amp; “打头阵” ' +
        '<span>王建亮 摄</span></p></section>',
      '<section><img src="https://mmbiz.qpic.cn/mmbiz_jpg/mb/0?wx_fmt=jpeg" alt="会议现场 &lt;全景&gt;"></section>',
    ])
  })

  it('removes images WeChat would filter, reports them, and leaves no empty figure behind', () => {
    const draft = toWechatDraft(variant(), options)
    const content = draft.payload.articles[0].content
    expect(content).not.toMatch(/<img|<picture|<source|srcset|class=|data-|<figure/)
    expect(content).toContain('<section><p style="font-size:14px;color:#888888;text-align:center">2024年3月28日')
    expect(content).not.toContain('<section></section>')
  })

  it('removes and reports an image on a look-alike host, keeps one on WeChat’s own', () => {
    const own: BodyNode[] = [
      { kind: 'image', mediaId: 'lookalike' },
      { kind: 'image', mediaId: 'userinfo' },
      { kind: 'image', mediaId: 'port' },
      { kind: 'image', mediaId: 'wechat' },
    ]
    const images = new Map([
      ['lookalike', external('lookalike', 'https://mmbiz.qpic.cn.evil.com/x.jpg')],
      ['userinfo', external('userinfo', 'https://mmbiz.qpic.cn@evil.com/y.jpg')],
      ['port', external('port', 'https://mmbiz.qpic.cn:8443/z.jpg')],
      ['wechat', external('wechat', 'https://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg&from=appmsg')],
    ])
    const draft = toWechatDraft(variant({ bodyMode: 'override', body: own }, images), options)
    expect(draft.rehost).toEqual([
      'https://mmbiz.qpic.cn.evil.com/x.jpg',
      'https://mmbiz.qpic.cn@evil.com/y.jpg',
      'https://mmbiz.qpic.cn:8443/z.jpg',
    ])
    expect(draft.payload.articles[0].content).toBe(
      '<section><img src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg&amp;from=appmsg" alt="会议现场 &lt;全景&gt;"></section>',
    )
  })

  it('a script tag in an override body comes out escaped, as text', () => {
    const own: BodyNode[] = [
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: '<script>alert("微信")</script>', marks: ['strong'] },
          { kind: 'text', text: " <img src=x onerror=alert(1)> '单引号' \u0007响铃", marks: [] },
        ],
      },
      { kind: 'intertitle', text: '</h2><iframe src="https://evil.example">' },
    ]
    const content = contentOf(variant({ bodyMode: 'override', body: own }))
    expect(content).toBe(
      '<p><strong>&lt;script&gt;alert(&quot;微信&quot;)&lt;/script&gt;</strong>' +
        ' &lt;img src=x onerror=alert(1)&gt; &#39;单引号&#39; 响铃</p>\n' +
        '<h2>&lt;/h2&gt;&lt;iframe src=&quot;https://evil.example&quot;&gt;</h2>',
    )
  })

  it('keeps links to WeChat articles only; other links keep their text', () => {
    const link = (href: string, text: string) => ({
      kind: 'link' as const,
      href,
      children: [{ kind: 'text' as const, text, marks: [] }],
    })
    const own: BodyNode[] = [
      {
        kind: 'paragraph',
        children: [
          link('https://mp.weixin.qq.com/s/abc?x=1&y=2', '往期回顾'),
          link('https://www.dailyqd.com/a', '原文'),
        ],
      },
    ]
    expect(contentOf(variant({ bodyMode: 'override', body: own }))).toBe(
      '<p><a href="https://mp.weixin.qq.com/s/abc?x=1&amp;y=2">往期回顾</a>原文</p>',
    )
  })

  it('title, author and digest go as plain text, never cut, control characters gone', () => {
    const headline = `<script>alert('标题')</script>“引号”\u0000${'长'.repeat(80)}`
    const article: ChannelArticle = {
      ...variant({ headline }),
      byline: '本报记者 "任晓萌"\u001b',
      summary: null,
    }
    const [draft] = toWechatDraft(article, { ...options, sourceUrl: 'javascript:alert(1)' }).payload.articles
    expect(draft.title).toBe(`<script>alert('标题')</script>“引号”${'长'.repeat(80)}`)
    expect(draft.author).toBe('本报记者 "任晓萌"')
    expect(draft.digest).toBe('')
    expect(draft.content_source_url).toBe('')
    expect(JSON.parse(JSON.stringify(draft)).title).toBe(draft.title)
  })

  it('without a cover there is nothing to upload for the thumbnail', () => {
    const draft = toWechatDraft({ ...variant(), cover: null }, { ...options, sourceUrl: null })
    expect(draft.cover).toBeNull()
    expect(draft.payload.articles[0].content_source_url).toBe('')
  })
})

describe('WeChat content from hostile HTML', () => {
  it('drops scripts, frames and styles with their content, every attribute but src and alt, and comments', () => {
    const html =
      '<p onclick="steal()" class="x">甲<script>alert(1)</script>乙</p>' +
      '<iframe src="https://evil.example"><p>框内</p></iframe>' +
      '<img src="https://mmbiz.qpic.cn/a.jpg" onerror="alert(1)" style="position:fixed">' +
      '<a href="javascript:alert(1)">链接</a><style>p { display: none }</style><!-- 注释 -->' +
      '<p>丙\u0007丁 &amp;lt; 1 < 2 > 0</p><constructor>原型</constructor><SCRIPT>x()</SCRIPT>'
    expect(wechatContent(html, { imageHosts: wechatHosts })).toEqual({
      content:
        '<p>甲乙</p><img src="https://mmbiz.qpic.cn/a.jpg" alt="">链接' + '<p>丙丁 &amp;lt; 1 &lt; 2 &gt; 0</p>原型',
      rehost: [],
    })
  })

  it('balances what it is given: unclosed elements close, stray closings go', () => {
    expect(wechatContent('<p><strong>甲</p></div><ul><li>乙', { imageHosts: wechatHosts }).content).toBe(
      '<p><strong>甲</strong></p><ul><li>乙</li></ul>',
    )
  })

  it('an unclosed script swallows the rest rather than let it run', () => {
    expect(wechatContent('<p>甲</p><script>alert(1)<p>乙</p>', { imageHosts: wechatHosts }).content).toBe('<p>甲</p>')
  })
})

describe('isImageHostAllowed', () => {
  it('matches hosts exactly or as "*.suffix", by the host a URL parser reads', () => {
    const hosts = ['mmbiz.qpic.cn', '*.wx.qlogo.cn']
    expect(isImageHostAllowed('https://mmbiz.qpic.cn/a.jpg', hosts)).toBe(true)
    expect(isImageHostAllowed('https://MMBIZ.QPIC.CN/a.jpg', hosts)).toBe(true)
    expect(isImageHostAllowed('https://thirdwx.wx.qlogo.cn/a.jpg', hosts)).toBe(true)
    expect(isImageHostAllowed('https://wx.qlogo.cn/a.jpg', hosts)).toBe(false)
    expect(isImageHostAllowed('https://evilwx.qlogo.cn.evil.com/a.jpg', hosts)).toBe(false)
    expect(isImageHostAllowed('https://mmbiz.qpic.cn.evil.com/a.jpg', hosts)).toBe(false)
    expect(isImageHostAllowed('https://evil.com/mmbiz.qpic.cn/a.jpg', hosts)).toBe(false)
    expect(isImageHostAllowed('data:image/png;base64,AAAA', hosts)).toBe(false)
    expect(isImageHostAllowed('/api/media/file/a.jpg', hosts)).toBe(false)
  })

  it('with no hosts listed every http(s) image is fine, as the channel limits define', () => {
    expect(isImageHostAllowed('https://cms.example.com/a.jpg', [])).toBe(true)
    expect(isImageHostAllowed('javascript:alert(1)', [])).toBe(false)
  })
})
