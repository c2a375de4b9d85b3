import { StoryParseError } from './errors'

/** Strict UTF-8 (a GBK/GB18030 export is refused, not garbled); strips the BOM; refuses binary content. */
export function decodeStoryBytes(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new StoryParseError('UTF-16 text is not supported; export the story as UTF-8 (请使用UTF-8编码)', 1)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const line = lineOf(lossy, lossy.indexOf('\ufffd'))
    throw new StoryParseError(
      `invalid UTF-8 in line ${line}; GBK/GB18030 exports must be converted to UTF-8 (文件不是UTF-8编码)`,
      line,
    )
  }
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const line = lineOf(text, nul)
    throw new StoryParseError(`binary content: NUL byte in line ${line} (文件含二进制内容)`, line)
  }
  return text
}

function lineOf(text: string, index: number): number {
  if (index < 0) return 1
  return text.slice(0, index).split(/\r\n|[\r\n]/).length
}
