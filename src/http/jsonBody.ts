import { addDataAndFileToRequest, APIError, type PayloadRequest } from 'payload'
import { translate } from '../i18n'

/**
 * The JSON object a custom endpoint was sent, parsed the way Payload's own routes parse it (`addDataAndFileToRequest`,
 * which Payload leaves to custom endpoints); no body is `{}`. A body sent as anything but JSON, malformed JSON or a
 * non-object is a 400, never silently ignored.
 */
export const jsonObjectBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  if (req.body === null || req.body === undefined) return {}
  const [contentType] = (req.headers.get('content-type') ?? '').split(';', 1)
  if (contentType?.trim().toLowerCase() !== 'application/json') {
    const text = req.text ? await req.text() : ''
    if (!text.trim()) return {}
    throw new APIError(translate(req, 'messages:http:jsonBody:sendBodyAsJson'), 400, undefined, true)
  }
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (error instanceof APIError && error.status === 400)
      throw new APIError(translate(req, 'messages:http:jsonBody:requestBodyIsNot'), 400, undefined, true)
    throw error
  }
  const body: unknown = req.data === undefined ? {} : req.data
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new APIError(translate(req, 'messages:http:jsonBody:bodyMustBeJson'), 400, undefined, true)
  return body as Record<string, unknown>
}
