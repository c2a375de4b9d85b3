import { describe, expect, it } from '@jest/globals'

import { useAdminRest } from '../helpers/adminRest'

type Language = 'zh-CN' | 'en-US' | ''

/**
 * Field validation and our endpoints answer in the request's language (the admin sends its own), Chinese when the
 * request names none: one language per answer, not both glued together.
 */
describe("errors in the request's language", () => {
  const rest = useAdminRest()

  const fieldError = async (language: Language, collection: string, body: unknown, path: string) => {
    const response = await rest.api.post(`/${collection}`, {
      token: rest.token,
      body,
      headers: { 'Accept-Language': language },
    })
    expect(response.status).toBe(400)
    return response.body.errors[0].data.errors.find((error: { path: string }) => error.path === path)?.message
  }

  it.each([
    ['zh-CN', '网址必须以 http:// 或 https:// 开头', '网址格式不正确'],
    ['', '网址必须以 http:// 或 https:// 开头', '网址格式不正确'],
    ['en-US', 'Site URL must start with http:// or https://', 'Site URL is not a valid URL'],
  ] as const)('a brand site URL (Accept-Language "%s")', async (language, wrongScheme, notUrl) => {
    const brand = (siteUrl: string) => ({ name: `品牌 ${siteUrl}`, siteUrl })
    expect(await fieldError(language, 'brands', brand('ftp://example.com'), 'siteUrl')).toBe(wrongScheme)
    expect(await fieldError(language, 'brands', brand('不是网址'), 'siteUrl')).toBe(notUrl)
  })

  it.each([
    ['zh-CN', '结束日期早于开始日期'],
    ['en-US', 'The range ends before it starts'],
  ] as const)('a photo caption whose date range ends before it starts (%s)', async (language, message) => {
    const caption = { caption: '时间倒流的图说', eventDate: '2026-12-02', eventDateEnd: '2026-12-01' }
    expect(await fieldError(language, 'photo-captions', caption, 'eventDateEnd')).toBe(message)
  })

  it.each([
    ['zh-CN', '请先登录', '请先登录'],
    ['en-US', 'Log in to use the workflow', 'Log in to import stories'],
  ] as const)('the workflow and import endpoints without a login (%s)', async (language, workflow, importing) => {
    const headers = { 'Accept-Language': language }
    const transition = await rest.api.post('/articles/000000000000000000000000/workflow/submit', { headers })
    expect(transition.status).toBe(401)
    expect(transition.body.errors[0].message).toBe(workflow)
    const upload = await rest.api.post('/articles/import', { headers })
    expect(upload.status).toBe(401)
    expect(upload.body.errors[0].message).toBe(importing)
  })
})
