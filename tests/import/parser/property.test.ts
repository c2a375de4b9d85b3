import { describe, expect, it } from '@jest/globals'
import { decodeStoryBytes } from '../../../src/import/parser/decode'
import { toDryRun } from '../../../src/import/parser/dryRun'
import { StoryParseError } from '../../../src/import/parser/errors'
import { parseStory } from '../../../src/import/parser/parseStory'
import { renderPlainText } from '../../../src/import/parser/plainText'

/** mulberry32: small seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FRAGMENTS = [
  '□',
  '■',
  '——',
  '--',
  '本报讯',
  '本报12月9日讯',
  '记者',
  '通讯员',
  '本报记者',
  '青岛日报/观海新闻记者',
  '余 博',
  '王建亮 摄',
  '（记者 王建亮 摄）',
  '供图',
  '提供',
  '摄影报道',
  '报道',
  '详见六版',
  '下转3版',
  '2024年9月28日至11月2日，',
  '2024年2月30日',
  '13月45日',
  '答好“政治忠诚卷”',
  '。',
  '”',
  '“',
  '：',
  ':',
  '/',
  '／',
  '（',
  '）',
  '\u3000',
  '\u00a0',
  ' ',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\ufeff',
  '\u200b',
  '𠀀',
  '😀',
  '\ud800',
  '\udc00',
  'a',
  '1',
  '·',
]
const PUNCTUATION = '，。、；：？！…—“”‘’（）《》【】■□-:.,!?/\\|~·　 '

type Gen = (r: () => number) => string
const int = (r: () => number, n: number): number => Math.floor(r() * n)
const pick = <T>(r: () => number, list: readonly T[]): T => list[int(r, list.length)] as T
const repeat = (r: () => number, n: number, f: () => string): string =>
  Array.from({ length: int(r, n) + 1 }, f).join('')

const randomUnicode: Gen = (r) =>
  repeat(r, 300, () => {
    const kind = int(r, 4)
    if (kind === 0) return String.fromCharCode(int(r, 0x10000))
    if (kind === 1) return String.fromCodePoint(int(r, 0x110000))
    if (kind === 2) return String.fromCharCode(0x4e00 + int(r, 0x5000))
    return pick(r, ['\n', '\r', '\r\n', ' ', '■', '□'])
  })
const enormousLine: Gen = (r) => {
  const length = 19_990 + int(r, 30)
  const unit = pick(r, ['青', '■ ', '王 ', '，', ' 摄', '𠀀', 'a'])
  return `标题\n${pick(r, ['', '■', '□', '本报讯'])}${unit.repeat(Math.ceil(length / unit.length))}`
}
const onlyPunctuation: Gen = (r) => repeat(r, 200, () => pick(r, [...PUNCTUATION, '\n']))
const onlyMarks: Gen = (r) =>
  repeat(r, 20, () => `${'■'.repeat(int(r, 4) + 1)}${pick(r, ['', ' ', '\u3000', '详见六版', '市南区'])}\n`)
const fragments: Gen = (r) => repeat(r, 80, () => pick(r, FRAGMENTS))
const newsroomLines: Gen = (r) =>
  repeat(
    r,
    12,
    () =>
      `${repeat(r, 6, () =>
        pick(
          r,
          FRAGMENTS.filter((f) => !/[\r\n]/.test(f)),
        ),
      )}${pick(r, ['\n', '\n\n', '\r\n'])}`,
  )

const GENERATORS: [string, Gen][] = [
  ['random unicode', randomUnicode],
  ['enormous lines', enormousLine],
  ['only punctuation', onlyPunctuation],
  ['only ■ lines', onlyMarks],
  ['newsroom fragments', fragments],
  ['newsroom lines', newsroomLines],
]

function outcome(text: string): 'parsed' | 'refused' {
  try {
    const story = parseStory(text)
    expect(story.headline.length).toBeGreaterThan(0)
    for (const block of story.body) expect(['paragraph', 'intertitle', 'caption']).toContain(block.type)
    toDryRun('noise.txt', story)
    try {
      parseStory(renderPlainText(story))
    } catch (error) {
      if (!(error instanceof StoryParseError)) throw error
    }
    return 'parsed'
  } catch (error) {
    if (error instanceof StoryParseError) return 'refused'
    throw new Error(`${String(error)} for input ${JSON.stringify(text.slice(0, 200))}`, { cause: error })
  }
}

describe('noise never crashes the parser', () => {
  const outcomes = new Map<string, Set<string>>()

  it.each(GENERATORS.map(([name, generate], index) => [name, generate, index] as const))(
    '%s: 80 seeded cases either parse or throw StoryParseError',
    (name, generate, index) => {
      const r = prng(0x51a0 + index)
      const seen = new Set<string>()
      for (let i = 0; i < 80; i++) seen.add(outcome(generate(r)))
      outcomes.set(name, seen)
    },
  )

  it('the noise reaches both outcomes: some of it parses, some is refused', () => {
    const all = new Set([...outcomes.values()].flatMap((s) => [...s]))
    expect([...all].sort()).toEqual(['parsed', 'refused'])
    expect(outcomes.get('enormous lines')).toEqual(new Set(['parsed', 'refused']))
  })

  it('over 20,000 characters in one line is always refused, naming the line', () => {
    const r = prng(7)
    for (let i = 0; i < 20; i++) {
      const line = 2 + int(r, 5)
      const text = `标题${'\n'.repeat(line - 1)}${'■'.repeat(20_001 + int(r, 1000))}`
      expect(() => parseStory(text)).toThrow(StoryParseError)
      try {
        parseStory(text)
      } catch (error) {
        expect((error as StoryParseError).line).toBe(line)
      }
    }
  })

  it('random bytes through decodeStoryBytes either decode or throw StoryParseError', () => {
    const r = prng(42)
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: int(r, 64) }, () => int(r, 256))
      try {
        outcome(decodeStoryBytes(bytes))
      } catch (error) {
        expect(error).toBeInstanceOf(StoryParseError)
      }
    }
  })

  it('hand-written GBK bytes are refused', () => {
    // "青岛日报" in GBK: C7E0 B5BA C8D5 B1A8
    const gbk = Buffer.from([0xc7, 0xe0, 0xb5, 0xba, 0xc8, 0xd5, 0xb1, 0xa8, 0x0a, 0xc7, 0xe0, 0xb5, 0xba])
    expect(() => decodeStoryBytes(gbk)).toThrow(StoryParseError)
    expect(() => decodeStoryBytes(Buffer.from([0xc7, 0xe0, 0xb5, 0xba]))).toThrow(StoryParseError)
  })
})
