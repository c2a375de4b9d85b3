import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { articleToStory } from '../../src/import/articleToStory'
import { renderPlainText } from '../../src/import/parser/plainText'
import { storySource } from '../../src/import/source'
import type { Article, PhotoCaption } from '../../src/payload-types'
import { startPayload, type TestPayload } from '../helpers/payload'
import { contentCounts } from './helpers/integrity'
import { setUpNewsroom, type Newsroom } from './helpers/newsroom'
import { importFiles } from './helpers/runInProcess'
import { fixtureStoryPath } from '../../src/seed/fixtureStory'

// The one copy of the real 青岛日报 story, shared with the seed.
const FIXTURE = fixtureStoryPath

type Node = {
  type: string
  children?: { text: string }[]
  fields?: { blockType: string; text?: string; item?: PhotoCaption }
}

/** Non-empty lines, trimmed: the layout's blank lines are not content. */
const contentLines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)

describe('importing the 青岛日报 fixture', () => {
  let t: TestPayload
  let newsroom: Newsroom
  let article: Article
  let nodes: Node[]

  beforeAll(async () => {
    t = await startPayload()
    newsroom = await setUpNewsroom(t.payload)
    const summary = await importFiles(t.payload, [FIXTURE], {
      user: newsroom.editor,
      as: 'published',
      sections: [newsroom.sections[1]!],
    })
    expect(summary).toMatchObject({ imported: 1, failed: [] })
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { 'importSource.path': { equals: FIXTURE } },
      depth: 2,
      overrideAccess: true,
    })
    article = docs[0] as Article
    nodes = (article.body?.root.children ?? []) as unknown as Node[]
  })
  afterAll(async () => {
    await t?.close()
  })

  it('stores the head, the byline from the byline brands and the two contributors', async () => {
    expect(article).toMatchObject({
      _status: 'published',
      kicker: null,
      headline: '奋力书写中国式现代化青岛实践的“机关答卷”',
      subheadline: '2024年青岛市机关党建工作综述',
      byline: '青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦',
      contributors: [
        { role: 'reporter', name: '任晓萌' },
        { role: 'correspondent', name: '徐文琦' },
      ],
      brands: [{ name: '青岛日报' }, { name: '观海新闻' }],
      sections: [{ slug: 'jiguan-dangjian' }],
      owner: { id: newsroom.editor.id },
    })
    expect(article.contributors).toHaveLength(2)
    const source = storySource(FIXTURE, await readFile(FIXTURE, 'utf8'))
    expect(article.importSource).toMatchObject({ path: FIXTURE, contentHash: source.contentHash })
    expect(article.importSource?.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps exactly the 5 intertitles', () => {
    expect(nodes.filter((node) => node.fields?.blockType === 'intertitle').map((node) => node.fields?.text)).toEqual([
      '举旗铸魂、扛牢责任，答好“政治忠诚卷”',
      '围绕中心、服务大局，答好“融合创新卷”',
      '强基固本、蓄势赋能，答好“全面过硬卷”',
      '严明纪律、强化作风，答好“政廉风清卷”',
      '凝聚力、激发活力，答好“担当作为卷”',
    ])
  })

  it('turns the 13 captions into published photo-caption items with their dates, the range included, and no image', () => {
    const captions = nodes
      .filter((node) => node.fields?.blockType === 'photoCaption')
      .map((node) => node.fields?.item as PhotoCaption)
    expect(captions).toHaveLength(13)
    expect(captions.map((caption) => caption.eventDate?.slice(0, 10))).toEqual([
      '2024-03-28',
      '2024-03-07',
      '2024-04-09',
      '2024-07-05',
      '2024-07-15',
      '2024-08-15',
      '2024-09-24',
      '2024-09-27',
      '2024-09-28',
      '2024-10-15',
      '2024-11-13',
      '2024-11-26',
      '2024-11-29',
    ])
    expect(
      captions
        .filter((caption) => caption.eventDateEnd)
        .map((caption) => [caption.eventDate?.slice(0, 10), caption.eventDateEnd?.slice(0, 10)]),
    ).toEqual([['2024-09-28', '2024-11-02']])
    for (const caption of captions) {
      expect(caption).toMatchObject({
        _status: 'published',
        photographer: null,
        sections: [{ slug: 'jiguan-dangjian' }],
      })
      expect(caption.image ?? null).toBeNull()
      expect((caption.brands ?? []).map((brand) => (typeof brand === 'object' ? brand.name : brand))).toEqual([
        '青岛日报',
        '观海新闻',
      ])
    }
  })

  it('keeps every paragraph, intertitle and caption in the original order', async () => {
    const fixtureBody = contentLines(await readFile(FIXTURE, 'utf8')).slice(3)
    const stored = nodes.map((node) =>
      node.type === 'paragraph'
        ? (node.children ?? []).map((child) => child.text).join('')
        : node.fields?.blockType === 'intertitle'
          ? node.fields.text
          : `■${node.fields?.item?.caption}`,
    )
    expect(stored).toEqual(fixtureBody)
    expect(nodes.filter((node) => node.type === 'paragraph')).toHaveLength(29)
  })

  it('renders back to the fixture: fixture → article → plain text loses nothing', async () => {
    const rendered = contentLines(renderPlainText(articleToStory(article)))
    // toEqual on the line arrays: jest prints every line that differs.
    expect(rendered).toEqual(contentLines(await readFile(FIXTURE, 'utf8')))
  })

  it('leaves no photo-caption item outside the article', async () => {
    expect(await contentCounts(t.payload)).toMatchObject({
      articles: 1,
      captions: 13,
      orphanCaptions: [],
      danglingEmbeds: [],
    })
  })

  it('publishes through the workflow: one audit record per item, naming the editor who imported it', async () => {
    const { docs } = await t.payload.find({
      collection: 'workflow-audit',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1 + 13)
    expect(docs.every((record) => record.transition === 'publishImported' && record.to === 'published')).toBe(true)
    expect(docs.find((record) => record.itemId === article.id)).toMatchObject({
      itemCollection: 'articles',
      from: 'draft',
      actor: newsroom.editor.id,
    })
  })

  it('shows the published story with its captions to anonymous readers', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', depth: 1, overrideAccess: false })
    const captions = ((docs[0]?.body?.root.children ?? []) as unknown as Node[]).filter(
      (node) => node.fields?.blockType === 'photoCaption',
    )
    expect(captions).toHaveLength(13)
    expect(captions.every((node) => typeof node.fields?.item === 'object' && node.fields.item?.caption)).toBe(true)
  })
})
