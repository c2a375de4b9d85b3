import mammoth from 'mammoth'
import { bilingual } from '../../i18n'
import { StoryParseError } from '../parser/errors'
import { layoutFromHtml, type DocxLayout } from './docxHtml'

export interface DocxImage {
  /** as the document declares it; what the bytes are is decided by imageFormat */
  contentType: string
  data: Buffer
  caption: string | null
  /** the line of `text` that holds the caption, which the parser reports as the caption block's line */
  captionLine: number | null
}

export interface DocxStory extends Omit<DocxLayout, 'images'> {
  images: DocxImage[]
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
// OLE compound file: an encrypted .docx (Word wraps it in one) or an old binary .doc
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b)

/** Reads a Word document's text, bold/heading paragraphs and embedded images. Throws StoryParseError. */
export async function readDocx(bytes: Uint8Array): Promise<DocxStory> {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new StoryParseError(bilingual('messages:import:docx:encrypted'), null)
  }
  if (!startsWith(bytes, ZIP)) throw new StoryParseError(bilingual('messages:import:docx:notDocx'), null)
  const found: DocxImage[] = []
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          found.push({
            contentType: image.contentType,
            data: await image.readAsBuffer(),
            caption: null,
            captionLine: null,
          })
          return { src: `docx-image-${found.length - 1}` }
        }),
      },
    )
    html = result.value
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new StoryParseError(bilingual('messages:import:docx:damaged', { why }), null)
  }
  const layout = layoutFromHtml(html)
  const images = layout.images.map(({ index, caption, captionLine }) => ({
    ...(found[index] as DocxImage),
    caption,
    captionLine,
  }))
  return { ...layout, images }
}
