import { deliveryUrls } from '../../src/delivery/serializers/urls'
import type { VariantOverrides } from '../../src/channels/types'
import type { BodyNode } from '../../src/delivery/serializers/body'
import type { ArticleView, ImageView, PhotoCaptionView } from '../../src/delivery/serializers/views'

/** Plain view models for the pure serializer tests: no database, no Payload. */
export const urls = deliveryUrls({ apiBase: 'https://cms.example.com/content/v1', siteBase: 'https://cms.example.com' })

export const image = (id = 'm1', overrides: Partial<ImageView> = {}): ImageView => ({
  id,
  alt: '会议现场 <全景>',
  credit: '王建亮 摄',
  url: `https://cms.example.com/api/media/file/${id}.jpg`,
  width: 1800,
  height: 1200,
  mimeType: 'image/jpeg',
  bytes: 123_456,
  focalPoint: { x: 25, y: 75 },
  renditions: [400, 800, 1600].flatMap((width, index) => {
    const name = ['thumbnail', 'card', 'feature'][index]
    return [
      {
        name,
        url: `https://cms.example.com/api/media/file/${id}-${width}.jpg`,
        width,
        height: (width * 2) / 3,
        mimeType: 'image/jpeg',
        bytes: width * 10,
      },
      {
        name: `${name}Webp`,
        url: `https://cms.example.com/api/media/file/${id}-${width}.webp`,
        width,
        height: (width * 2) / 3,
        mimeType: 'image/webp',
        bytes: width * 7,
      },
    ]
  }),
  ...overrides,
})

export const photoCaption = (id = 'p1', overrides: Partial<PhotoCaptionView> = {}): PhotoCaptionView => ({
  id,
  slug: `caption-${id}`,
  caption: '2024年3月28日，行动动员大会召开 & “打头阵”',
  eventDate: '2024-03-28T00:00:00.000Z',
  eventDateEnd: null,
  location: '青岛',
  photographer: '王建亮 摄',
  image: image(`img-${id}`),
  brands: [{ id: 'b1', slug: 'qingdao-daily', name: '青岛日报' }],
  sections: [{ id: 's1', slug: 'jiguan-dangjian', name: '机关党建' }],
  createdAt: '2024-12-09T10:00:00.000Z',
  updatedAt: '2024-12-09T11:00:00.000Z',
  links: { self: urls.photoCaption(`caption-${id}`), ninjs: `${urls.photoCaption(`caption-${id}`)}?format=ninjs` },
  ...overrides,
})

export const article = (overrides: Partial<ArticleView> = {}): ArticleView => ({
  id: 'a1',
  slug: 'story',
  url: 'https://www.dailyqd.com/articles/story',
  kicker: '引题',
  headline: '主题 <b>&</b>',
  subheadline: '——副题',
  summary: '导语',
  byline: '青岛日报记者 任晓萌 通讯员 徐文琦',
  contributors: [
    { role: 'reporter', name: '任晓萌', organisation: null },
    { role: 'correspondent', name: '徐文琦', organisation: '青岛市委市直机关工委' },
    { role: 'editor', name: '值班编辑', organisation: null },
  ],
  cover: image('cover'),
  brands: [{ id: 'b1', slug: 'qingdao-daily', name: '青岛日报' }],
  sections: [{ id: 's1', slug: 'jiguan-dangjian', name: '机关党建' }],
  tags: ['机关党建'],
  publishedAt: '2024-12-10T00:00:00.000Z',
  updatedAt: '2024-12-10T08:00:00.000Z',
  links: {
    self: urls.article('story'),
    ninjs: `${urls.article('story')}?format=ninjs`,
    jsonld: `${urls.article('story')}?format=jsonld`,
    photoCaptions: `${urls.article('story')}/photo-captions`,
  },
  dateline: '本报12月9日讯',
  body: { html: '<p>正文</p>', text: '正文', charCount: 2, wordCount: 1 },
  photoCaptions: [photoCaption('p1'), photoCaption('p2', { image: null, photographer: null, location: null })],
  printEdition: { date: '2024-12-10', page: '6' },
  ...overrides,
})

/** A body paragraph of plain text. */
export const paragraph = (text: string): BodyNode => ({
  kind: 'paragraph',
  children: [{ kind: 'text', text, marks: [] }],
})

/** A channel variant that inherits everything from its master. */
export const inheritEverything: VariantOverrides = {
  kicker: null,
  headline: null,
  subheadline: null,
  digest: null,
  coverId: null,
  bodyMode: 'inherit',
  excerptBlocks: null,
  body: null,
}
