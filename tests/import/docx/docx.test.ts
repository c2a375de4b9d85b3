import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import sharp from 'sharp'
import { parseDocxStory } from '../../../src/import/docx/parseDocx'
import { StoryParseError } from '../../../src/import/parser/errors'
import { dryRunFile } from '../../../src/import/printDryRun'

const LONG_INTERTITLE = '坚持党建引领、服务中心大局，全力答好推动高质量发展的“机关答卷”'

async function wordStory(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('环境综合整治启动年底攻坚')] }),
          new Paragraph('□记者 张希文'),
          new Paragraph('通讯员 陈刚 报道'),
          new Paragraph('本报11月6日讯 青岛西海岸新区胶南街道6日上午召开誓师动员大会。'),
          new Paragraph({ children: [new TextRun({ text: LONG_INTERTITLE, bold: true })] }),
          new Paragraph('城市管理中心等部门日出动50多人次，对辖区24小时巡查。'),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: photo, transformation: { width: 40, height: 30 } })],
          }),
          new Paragraph('2024年3月28日，全市动员大会召开。 王建亮 摄'),
          new Paragraph('确保各项任务按期全面完成。'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

const refusal = async (bytes: Uint8Array): Promise<StoryParseError> => {
  try {
    await parseDocxStory(bytes)
  } catch (error) {
    if (error instanceof StoryParseError) return error
    throw error
  }
  throw new Error('expected a StoryParseError')
}

describe('.docx stories', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'docx-import-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('a real Word file goes through the same structure rules; a bold paragraph is an intertitle however long', async () => {
    const story = await parseDocxStory(await wordStory())
    expect(story).toMatchObject({
      headline: '环境综合整治启动年底攻坚',
      dateline: '本报11月6日讯',
      byline: '记者 张希文 通讯员 陈刚 报道',
    })
    expect(story.contributors.map((c) => `${c.role}:${c.name}`)).toEqual([
      'reporter:张希文',
      'correspondent:陈刚',
      'photographer:王建亮',
    ])
    expect(story.body.map((b) => b.type)).toEqual(['paragraph', 'intertitle', 'paragraph', 'caption', 'paragraph'])
    expect(story.body[1]).toEqual({ type: 'intertitle', text: LONG_INTERTITLE })
    expect(story.body[3]).toMatchObject({
      type: 'caption',
      text: '2024年3月28日，全市动员大会召开。',
      date: '2024-03-28',
      credit: '王建亮 摄',
    })
  })

  it('extracts the embedded image with the caption printed under it', async () => {
    const { images } = await parseDocxStory(await wordStory())
    expect(images).toHaveLength(1)
    expect(images[0]?.contentType).toBe('image/png')
    expect(images[0]?.caption).toBe('2024年3月28日，全市动员大会召开。 王建亮 摄')
    expect((await sharp(images[0]?.data).metadata()).width).toBe(4)
  })

  it('the dry run reads a .docx file and counts its images', async () => {
    const file = path.join(folder, 'story.docx')
    await writeFile(file, await wordStory())
    expect(await dryRunFile(file)).toMatchObject({
      file,
      headline: '环境综合整治启动年底攻坚',
      images: 1,
      intertitles: [LONG_INTERTITLE],
    })
  })

  it('refuses a password-protected (or old .doc) file with a clear message', async () => {
    const compound = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
    expect((await refusal(compound)).message).toMatch(/password-protected.*文件已加密/)
  })

  it('refuses a damaged archive and a file that is not a .docx at all', async () => {
    const cut = (await wordStory()).subarray(0, 300)
    expect((await refusal(cut)).message).toMatch(/damaged.*已损坏/)
    expect((await refusal(Buffer.from('标题\n正文。'))).message).toMatch(/not a Word \.docx file/)
  })
})
