import { beforeAll, describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { APIError, type PayloadRequest } from 'payload'

import config from '../../payload.config'
import { jsonObjectBody } from '../../src/http/jsonBody'

// The request's language, as Payload gives every request: English here, so the messages below are English.
let t: PayloadRequest['t']
beforeAll(async () => {
  t = (await initI18n({ config: (await config).i18n, context: 'api', language: 'en' })).t
})

const request = (body: string | null, contentType?: string): PayloadRequest => {
  const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {}
  const req = new Request('http://localhost/api/articles/1/workflow/submit', { method: 'POST', headers, body })
  return Object.assign(req, { payload: { logger: console }, t }) as unknown as PayloadRequest
}

const refusal = async (req: PayloadRequest): Promise<APIError> => {
  const error = await jsonObjectBody(req).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof APIError)) throw new Error(`expected an APIError, got ${String(error)}`)
  return error
}

describe('jsonObjectBody: the body of a custom endpoint', () => {
  it('reads a JSON object, and no body (or an empty one) as {}', async () => {
    expect(
      await jsonObjectBody(
        request('{"comment":"好","publishAt":"2026-12-03T08:00:00+08:00"}', 'application/json; charset=utf-8'),
      ),
    ).toEqual({
      comment: '好',
      publishAt: '2026-12-03T08:00:00+08:00',
    })
    expect(await jsonObjectBody(request(null))).toEqual({})
    expect(await jsonObjectBody(request('', 'application/json'))).toEqual({})
    expect(await jsonObjectBody(request('  ', 'text/plain'))).toEqual({})
  })

  it.each([
    ['malformed JSON', '{"comment": "unterminated', 'application/json', /not valid JSON/],
    ['a JSON array', '["approve"]', 'application/json', /must be a JSON object/],
    ['a JSON string', '"approve"', 'application/json', /must be a JSON object/],
    ['JSON null', 'null', 'application/json', /must be a JSON object/],
    ['JSON sent as a form', 'comment=ok', 'application/x-www-form-urlencoded', /Content-Type: application\/json/],
    ['JSON sent without a content type', '{"comment":"ok"}', 'text/plain', /Content-Type: application\/json/],
  ])('refuses %s with a 400 that says what is wrong', async (_name, body, contentType, message) => {
    const error = await refusal(request(body, contentType))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })
})
