import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'

import { jpegBytes } from '../../helpers/images'

export const WORD_HEADLINE = '环境综合整治启动年底攻坚'
export const WORD_INTERTITLE = '坚持党建引领、服务中心大局，全力答好推动高质量发展的“机关答卷”'
export const WORD_CAPTION = '2024年3月28日，全市动员大会召开。'

export interface WordStoryOptions {
  headline?: string
  /** the embedded photo (a real JPEG large enough for the thumbnail and card renditions by default) */
  photo?: Buffer
  lastParagraph?: string
  /** a second photo at the end, with no caption */
  uncaptionedPhoto?: Buffer
}

/**
 * A real Word document built with the `docx` package: headline (heading), byline, dateline paragraph, a bold
 * intertitle longer than any plain-text one, a paragraph, an embedded photo with its caption and credit under it.
 */
export const wordStory = async (options: WordStoryOptions = {}): Promise<Buffer> => {
  const photo = options.photo ?? (await jpegBytes(1000, 750))
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(options.headline ?? WORD_HEADLINE)],
          }),
          new Paragraph('□记者 张希文'),
          new Paragraph('通讯员 陈刚 报道'),
          new Paragraph('本报11月6日讯 青岛西海岸新区胶南街道6日上午召开誓师动员大会。'),
          new Paragraph({ children: [new TextRun({ text: WORD_INTERTITLE, bold: true })] }),
          new Paragraph('城市管理中心等部门日出动50多人次，对辖区24小时巡查。'),
          new Paragraph({
            children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 400, height: 300 } })],
          }),
          new Paragraph(`${WORD_CAPTION} 王建亮 摄`),
          new Paragraph(options.lastParagraph ?? '确保各项任务按期全面完成。'),
          ...(options.uncaptionedPhoto
            ? [
                new Paragraph({
                  children: [
                    new ImageRun({
                      type: 'jpg',
                      data: options.uncaptionedPhoto,
                      transformation: { width: 300, height: 200 },
                    }),
                  ],
                }),
              ]
            : []),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
