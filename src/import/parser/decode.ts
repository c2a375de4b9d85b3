import { bilingual } from '../../i18n'

import { StoryParseError } from './errors'

/** Strict UTF-8 (a GBK/GB18030 export is refused, not garbled); strips the BOM; refuses binary content. */
export function decodeStoryBytes(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new StoryParseError(bilingual('messages:import:parser:utf16'), 1)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const line = lineOf(lossy, lossy.indexOf('\ufffd'))
    throw new StoryParseError(bilingual('messages:import:parser:invalidUtf8', { line }), line)
  }
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const line = lineOf(text, nul)
    throw new StoryParseError(bilingual('messages:import:parser:nulByte', { line }), line)
  }
  return text
}

function lineOf(text: string, index: number): number {
  if (index < 0) return 1
  return text.slice(0, index).split(/\r\n|[\r\n]/).length
}
