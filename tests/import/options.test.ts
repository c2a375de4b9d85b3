import { describe, expect, it } from '@jest/globals'

import { parseImportArgs } from '../../src/import/args'
import { brandsFromByline, resolveBrands, resolveSections } from '../../src/import/resolveTargets'
import { normaliseStoryText, storySource } from '../../src/import/source'
import type { Brand, Section } from '../../src/payload-types'

const brand = (id: string, name: string, slug: string, bylineLabel: string | null = null): Brand =>
  ({ id, name, slug, bylineLabel, kind: 'print', reviewLevels: 1, createdAt: '', updatedAt: '' }) as Brand
const section = (id: string, name: string, slug: string): Section =>
  ({ id, name, slug, createdAt: '', updatedAt: '' }) as Section

const brands = [
  brand('b1', '青岛日报', 'qingdao-daily'),
  brand('b2', '观海新闻', 'guanhai-news'),
  brand('b3', '青岛早报数字版', 'zaobao', '青岛早报'),
]
const sections = [
  section('s1', '机关党建', 'jiguan-dangjian'),
  section('s2', '要闻', 'yaowen'),
  section('s3', '要闻', 'app-yaowen'),
]

describe('choosing brands and sections', () => {
  it('resolves --brand by name or slug, in the order given', () => {
    expect(resolveBrands(['guanhai-news', '青岛日报'], brands).map((doc) => doc.id)).toEqual(['b2', 'b1'])
  })
  it('lists the valid brands when one is unknown', () => {
    expect(() => resolveBrands(['半岛都市报'], brands)).toThrow(
      'Unknown brand "半岛都市报". Valid brands: 青岛日报 (qingdao-daily), 观海新闻 (guanhai-news), 青岛早报数字版 (zaobao)' +
        ' / 未知品牌“半岛都市报”。可用品牌：青岛日报 (qingdao-daily), 观海新闻 (guanhai-news), 青岛早报数字版 (zaobao)',
    )
  })
  it('resolves --section by slug, or by a name only one section has', () => {
    expect(resolveSections(['机关党建', 'app-yaowen'], sections).map((doc) => doc.id)).toEqual(['s1', 's3'])
    expect(() => resolveSections(['要闻'], sections)).toThrow(
      'Section name "要闻" is ambiguous; use a slug: 要闻 (yaowen), 要闻 (app-yaowen)' +
        ' / 栏目名“要闻”有重名，请用链接名：要闻 (yaowen), 要闻 (app-yaowen)',
    )
    expect(() => resolveSections(['体育'], sections)).toThrow(
      'Unknown section "体育". Valid sections: 机关党建 (jiguan-dangjian), 要闻 (yaowen), 要闻 (app-yaowen)' +
        ' / 未知栏目“体育”。可用栏目：机关党建 (jiguan-dangjian), 要闻 (yaowen), 要闻 (app-yaowen)',
    )
  })
  it('matches the brands a byline names by name or byline label, and reports the rest', () => {
    expect(brandsFromByline(['青岛早报', '观海新闻', '半岛都市报'], brands)).toEqual({
      brands: [brands[2], brands[1]],
      unmatched: ['半岛都市报'],
    })
  })
})

describe('the command line', () => {
  it('takes repeated or comma-separated brands and sections, and the user from the environment', () => {
    expect(
      parseImportArgs(
        [
          'a.txt',
          'stories/',
          '--brand',
          '青岛日报,观海新闻',
          '--section',
          '机关党建',
          '--section',
          '要闻',
          '--as',
          'published',
        ],
        { IMPORT_USER_EMAIL: 'editor@x.local' },
      ),
    ).toEqual({
      paths: ['a.txt', 'stories/'],
      brands: ['青岛日报', '观海新闻'],
      sections: ['机关党建', '要闻'],
      as: 'published',
      dryRun: false,
      json: false,
      userEmail: 'editor@x.local',
      help: false,
    })
  })
  it('refuses bad usage with exit code 2', () => {
    expect(() => parseImportArgs(['a.txt', '--as', 'live'], {})).toThrow(
      expect.objectContaining({ exitCode: 2, message: '--as must be "draft" or "published", not "live"' }),
    )
    expect(() => parseImportArgs(['--dry-run'], {})).toThrow(expect.objectContaining({ exitCode: 2 }))
    expect(() => parseImportArgs(['a.txt', '--publish'], {})).toThrow(expect.objectContaining({ exitCode: 2 }))
  })
})

describe('import source', () => {
  it('hashes the normalised text: line endings, trailing spaces and blank lines at the end do not count', () => {
    const a = storySource('stories/../stories/a.txt', '标题\n\n正文。\n')
    const b = storySource('stories/a.txt', '标题  \r\n\r\n正文。\r\n\r\n\r\n')
    expect(a).toEqual(b)
    expect(a.path).toBe(`${process.cwd()}/stories/a.txt`)
    expect(normaliseStoryText('标题\n正文。')).not.toBe(normaliseStoryText('标题\n正文！'))
  })
})
