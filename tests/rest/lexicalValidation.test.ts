import { describe, expect, it } from '@jest/globals'

import type { Article } from '../../src/payload-types'
import { useAdminRest } from '../helpers/adminRest'

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const block = (fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: '65a1b2c3d4e5f60718293a4b', blockName: '', ...fields },
})
const body = (...children: { type: string; version: number }[]): NonNullable<Article['body']> => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children },
})
const article = (...children: { type: string; version: number }[]) => ({
  headline: '小标题为空的稿件',
  body: body(paragraph('导语。'), ...children),
})

describe('an invalid block in the body: a 400 in the request language', () => {
  const rest = useAdminRest()

  const bodyError = (response: { body: any }) =>
    response.body.errors[0].data.errors.find((error: { path: string }) => error.path === 'body')?.message

  it('in Chinese by default, naming the block and the field by their labels', async () => {
    const response = await rest.api.post('/articles', {
      token: rest.token,
      body: article(block({ blockType: 'intertitle', text: '' })),
      headers: { 'Accept-Language': '' },
    })
    expect(response.status).toBe(400)
    expect(bodyError(response)).toBe('小标题块有误：小标题（text）不能为空')
    expect(response.body.errors[0].message).toMatch(/^以下字段是无效的/)
  })

  it('in Chinese for a zh-CN browser, for every block of ours', async () => {
    const post = async (...children: { type: string; version: number }[]) =>
      bodyError(
        await rest.api.post('/articles', {
          token: rest.token,
          body: article(...children),
          headers: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' },
        }),
      )
    expect(await post(block({ blockType: 'quote', text: '', source: '新华社' }))).toBe(
      '引语块有误：引语（text）不能为空',
    )
    expect(await post(block({ blockType: 'photoCaption' }))).toBe('图说块有误：图说条目（item）不能为空')
    expect(await post(block({ blockType: 'photoCaption', item: 999999 }))).toMatch(/^图说块有误：图说条目（item）：/)
    expect(await post(block({ blockType: 'nonsense' }))).toBe('正文里有未知的块类型“nonsense”')
  })

  it('through the Local API too, in the fallback language', async () => {
    const created = rest.t.payload.create({
      collection: 'articles',
      data: article(block({ blockType: 'intertitle', text: '' })),
      overrideAccess: true,
    })
    await expect(created).rejects.toMatchObject({
      status: 400,
      data: {
        errors: expect.arrayContaining([
          { label: '正文', message: '小标题块有误：小标题（text）不能为空', path: 'body' },
        ]),
      },
    })
  })

  it('in English for Accept-Language: en', async () => {
    const response = await rest.api.post('/articles', {
      token: rest.token,
      body: article(block({ blockType: 'intertitle', text: '' })),
    })
    expect(response.status).toBe(400)
    expect(bodyError(response)).toBe('Invalid Intertitle block: Intertitle (text) must not be empty')
    expect(response.body.errors[0].message).toMatch(/^The following fields are invalid/)
  })

  it('a valid body still saves', async () => {
    const response = await rest.api.post('/articles', {
      token: rest.token,
      body: article(block({ blockType: 'intertitle', text: '小标题' }), block({ blockType: 'quote', text: '引语' })),
    })
    expect(response.status).toBe(201)
  })
})
