import { describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import type { Payload } from 'payload'

import { openApiDocument } from '../../src/delivery/openapi'
import { createDeliveryRouter } from '../../src/delivery/router'

describe('the OpenAPI 3.1 document', () => {
  const document = openApiDocument('https://cms.example.com/content/v1')

  it('is a valid OpenAPI 3.1 specification', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('describes every route the router serves, and nothing else', () => {
    // Routes are registered without touching the database.
    const router = createDeliveryRouter({ logger: console } as unknown as Payload, { rateLimitPerMinute: 0 })
    router.delivery.close()
    const served = router.stack
      .flatMap((layer) => (layer.route ? [layer.route.path as string] : []))
      .map((path) => path.replace(/:(\w+)/g, '{$1}'))
      .sort()
    expect(Object.keys(document.paths).sort()).toEqual(served)
  })

  it('documents the search parameter, the formats and the error answers', () => {
    const search = document.paths['/search'].get as {
      parameters: { name: string; required: boolean }[]
      responses: Record<string, unknown>
    }
    expect(search.parameters.find((parameter) => parameter.name === 'q')).toMatchObject({ required: true })
    expect(Object.keys(search.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '429']))
    const article = document.paths['/articles/{ref}'].get as {
      parameters: { name: string; schema: { enum?: string[] } }[]
      responses: Record<string, { content?: Record<string, unknown> }>
    }
    expect(article.parameters.find((parameter) => parameter.name === 'format')?.schema.enum).toEqual([
      'json',
      'ninjs',
      'jsonld',
    ])
    expect(Object.keys(article.responses['200'].content ?? {})).toEqual(['application/json', 'application/ld+json'])
    expect(Object.keys(article.responses)).toEqual(expect.arrayContaining(['400', '404']))
    expect(document.paths['/brands/{slug}/feed.rss'].get).toBeDefined()
  })
})
