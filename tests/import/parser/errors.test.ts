import { describe, expect, it } from '@jest/globals'
import { decodeStoryBytes } from '../../../src/import/parser/decode'
import { StoryParseError } from '../../../src/import/parser/errors'
import { parseStory } from '../../../src/import/parser/parseStory'

function parseError(run: () => unknown): StoryParseError {
  try {
    run()
  } catch (error) {
    if (error instanceof StoryParseError) return error
    throw error
  }
  throw new Error('expected a StoryParseError')
}

describe('parseStory errors', () => {
  it.each(['', '   ', '\n\n\r\n', '\u3000\u3000\n\u00a0\t\n\ufeff'])('empty or whitespace-only text %j', (text) => {
    const error = parseError(() => parseStory(text))
    expect(error.message).toBe('empty story / 稿件是空的')
    expect(error.line).toBeNull()
    expect(error.name).toBe('StoryParseError')
    expect(error).toBeInstanceOf(Error)
  })

  it('names the line that is over 20,000 characters', () => {
    const error = parseError(() => parseStory(`标题\n\n${'青'.repeat(20_001)}`))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/line 3 .*20000/)
  })

  it('counts characters, not UTF-16 units: 20,000 astral characters are allowed', () => {
    expect(parseStory(`标题\n${'𠀀'.repeat(20_000)}`).body).toHaveLength(1)
  })

  it('refuses NUL and other control characters', () => {
    expect(parseError(() => parseStory('标题\n正文\u0000。')).line).toBe(2)
    expect(parseError(() => parseStory('标题\n正文。\n\u0007')).message).toMatch(/U\+0007/)
  })

  it('refuses a story without a headline', () => {
    expect(parseError(() => parseStory('□本报记者 王建亮\n正文。')).message).toMatch(/no headline/)
  })

  it('refuses non-string input with a StoryParseError, not a TypeError', () => {
    expect(parseError(() => parseStory(undefined as unknown as string))).toBeInstanceOf(StoryParseError)
    expect(parseError(() => parseStory(42 as unknown as string))).toBeInstanceOf(StoryParseError)
  })
})

describe('decodeStoryBytes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

  it('decodes UTF-8 and strips the BOM', () => {
    expect(decodeStoryBytes(utf8('青岛'))).toBe('青岛')
    expect(decodeStoryBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('青岛\n正文')]))).toBe('青岛\n正文')
  })

  it('refuses GBK bytes (青岛 = C7E0 B5BA) and names the line', () => {
    const gbk = Buffer.from([0xc7, 0xe0, 0xb5, 0xba])
    expect(parseError(() => decodeStoryBytes(gbk)).message).toMatch(/UTF-8/)
    const secondLine = Uint8Array.from([...utf8('标题\n'), 0xc7, 0xe0, 0xb5, 0xba])
    expect(parseError(() => decodeStoryBytes(secondLine)).line).toBe(2)
  })

  it('refuses UTF-16', () => {
    expect(parseError(() => decodeStoryBytes(Uint8Array.from([0xff, 0xfe, 0x52, 0x97]))).message).toMatch(/UTF-16/)
  })

  it('refuses NUL bytes (binary content that happens to be valid UTF-8)', () => {
    const error = parseError(() => decodeStoryBytes(Uint8Array.from([...utf8('标题\n正文'), 0, 0, 1, 2])))
    expect(error.message).toMatch(/binary/)
    expect(error.line).toBe(2)
  })

  it('refuses PNG bytes', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(parseError(() => decodeStoryBytes(png))).toBeInstanceOf(StoryParseError)
  })

  it('returns empty text for no bytes; parseStory then reports the empty story', () => {
    expect(decodeStoryBytes(new Uint8Array())).toBe('')
    expect(parseError(() => parseStory(decodeStoryBytes(new Uint8Array()))).message).toBe('empty story / 稿件是空的')
  })
})
