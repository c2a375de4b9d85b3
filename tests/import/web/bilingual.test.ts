import { describe, expect, it } from '@jest/globals'

import { bilingual } from '../../../src/import/web/bilingual'

describe('importer messages in the admin language', () => {
  it('splits "English (中文)" into its halves', () => {
    expect(bilingual('file is 5.0 MB; a story is at most 4 MB (文件过大)')).toEqual({
      en: 'file is 5.0 MB; a story is at most 4 MB',
      zh: '文件过大',
    })
    expect(bilingual('byline brand "大众日报" matches no brand document (署名中的品牌“大众日报”不存在)')).toEqual({
      en: 'byline brand "大众日报" matches no brand document',
      zh: '署名中的品牌“大众日报”不存在',
    })
  })

  it('keeps a message without a Chinese half whole in both languages, English parentheses included', () => {
    expect(bilingual('Forbidden (403)')).toEqual({ en: 'Forbidden (403)', zh: 'Forbidden (403)' })
    expect(bilingual('headline: required')).toEqual({ en: 'headline: required', zh: 'headline: required' })
  })
})
