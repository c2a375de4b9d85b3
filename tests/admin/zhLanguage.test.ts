import { describe, expect, it } from '@jest/globals'

import { tidyChinese, zhWithoutStraySpaces } from '../../src/admin/zhLanguage'

describe('the Chinese admin’s strings', () => {
  it('have no space between Chinese words and a name', () => {
    const general = zhWithoutStraySpaces.translations.general as Record<string, string>
    const fields = zhWithoutStraySpaces.translations.fields as Record<string, string>
    expect(general.creatingNewLabel).toBe('正在创建新的{{label}}')
    expect(fields.addLabel).toBe('添加{{label}}')
    expect(tidyChinese('您即将删除 {{label}} <1>{{title}}</1>。')).toBe('您即将删除{{label}}<1>{{title}}</1>。')
  })

  it('keep the spaces around numbers', () => {
    expect(tidyChinese('您即将删除 {{count}} 个 {{label}}')).toBe('您即将删除 {{count}} 个{{label}}')
  })
})
