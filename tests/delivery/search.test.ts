import { describe, expect, it } from '@jest/globals'

import { SearchIndex } from '../../src/delivery/search/index'
import { hanBigrams, queryTerms, terms } from '../../src/delivery/search/segment'

describe('Chinese tokenisation', () => {
  it('indexes character bigrams of every Han run, long segmenter words and Latin words', () => {
    expect(hanBigrams('机关党建，清廉')).toEqual(['机关', '关党', '党建', '清廉'])
    const indexed = terms('2024年机关党建 Payload CMS')
    expect(indexed).toEqual(expect.arrayContaining(['机关', '党建', '2024', 'payload', 'cms']))
    expect(indexed).not.toContain('年')
    expect(queryTerms('党建')).toEqual({ terms: ['党建'], singles: [] })
    expect(queryTerms('党')).toEqual({ terms: [], singles: ['党'] })
    expect(queryTerms('ＰＡＹＬＯＡＤ').terms).toEqual(['payload'])
  })
})

describe('the in-process BM25 index', () => {
  const story = (headline: string, body: string) => ({ headline, lead: '', body })

  it('ranks a headline match above a body match and needs half of the query terms', () => {
    const index = new SearchIndex()
    index.add('body-only', story('城市新闻', '今年的机关党建工作取得新进展'))
    index.add('headline', story('机关党建工作综述', '全年回顾'))
    index.add('unrelated', story('天气预报', '明天晴'))
    expect(index.search('机关党建').map((hit) => hit.id)).toEqual(['headline', 'body-only'])
    expect(index.search('党建').map((hit) => hit.id)).toEqual(['headline', 'body-only'])
    expect(index.search('清廉建设')).toEqual([])
    // One shared bigram out of six is not a match.
    index.add('report', story('年度工作总结报告会召开', ''))
    expect(index.search('工作总结报告会').map((hit) => hit.id)).toEqual(['report'])
  })

  it('answers one-character queries through the bigram dictionary', () => {
    const index = new SearchIndex()
    index.add('a', story('党的建设', ''))
    index.add('b', story('城市', ''))
    expect(index.search('党').map((hit) => hit.id)).toEqual(['a'])
  })

  it('re-indexes and removes documents, and compacts after many removals', () => {
    const index = new SearchIndex()
    index.add('a', story('旧版', ''))
    index.add('a', story('新标题', ''))
    expect(index.search('旧版')).toEqual([])
    expect(index.search('新标题').map((hit) => hit.id)).toEqual(['a'])
    for (let n = 0; n < 1_500; n++) {
      index.add(`tmp${n}`, story(`临时${n}`, '批量'))
      index.remove(`tmp${n}`)
    }
    expect(index.size).toBe(1)
    expect(index.stats().postings).toBeLessThan(2_000)
    expect(index.search('批量')).toEqual([])
    expect(index.search('新标题').map((hit) => hit.id)).toEqual(['a'])
  })
})
