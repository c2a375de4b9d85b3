/** One block of a Word document as mammoth renders it: a paragraph, heading or list item. */
interface Block {
  text: string
  /** a heading, or a paragraph printed all in bold: the writer marked it as a title or intertitle */
  emphasised: boolean
  images: number[]
}

export interface DocxLayout {
  /** the story in the plain-text layout, one block per line; a captioned image becomes a "■" caption line */
  text: string
  /** texts the writer set as headings or in bold: intertitle candidates */
  emphasised: string[]
  /** every embedded image, in order, with the caption printed next to it and that caption's line in `text` (or null) */
  images: { index: number; caption: string | null; captionLine: number | null }[]
}

const BLOCK = /<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gu
const IMAGE = /<img\b[^>]*\bsrc="docx-image-(\d+)"[^>]*>/gu
const MAX_CAPTION = 100

/** Turns mammoth's HTML into the plain-text layout the story parser reads. Pure. */
export function layoutFromHtml(html: string): DocxLayout {
  const blocks = [...html.matchAll(BLOCK)].map(([, tag = 'p', inner = '']) => toBlock(tag, inner))
  const lines: string[] = []
  const emphasised: string[] = []
  const images: DocxLayout['images'] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.images.length === 0) {
      if (!block.text) continue
      lines.push(block.text)
      if (block.emphasised) emphasised.push(block.text)
      continue
    }
    // the caption is in the image's own paragraph, or the short paragraph right under it
    const next = blocks[i + 1]
    const below =
      !block.text && next && next.images.length === 0 && !next.emphasised && next.text.length <= MAX_CAPTION
        ? next.text
        : null
    const caption = block.text || below || null
    if (below) i++
    if (caption) lines.push(caption.startsWith('■') ? caption : `■${caption}`)
    // lines are joined by blank lines: the n-th (0-based) is line 2n + 1 of the text
    const captionLine = caption ? 2 * (lines.length - 1) + 1 : null
    for (const index of block.images) images.push({ index, caption, captionLine })
  }
  return { text: lines.join('\n\n'), emphasised, images }
}

function toBlock(tag: string, inner: string): Block {
  const images = [...inner.matchAll(IMAGE)].map((m) => Number(m[1]))
  const withoutImages = inner.replace(IMAGE, '')
  const text = decodeEntities(withoutImages.replace(/<br\s*\/?>/gu, ' ').replace(/<[^>]+>/gu, '')).trim()
  const bold = /^\s*<strong>[\s\S]*<\/strong>\s*$/u.test(withoutImages) && !/<\/strong>[^<\s]/u.test(withoutImages)
  return { text, emphasised: text.length > 0 && (tag.startsWith('h') || bold), images }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/gu, '&')
}
