import { lookup as dnsLookup } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'

import { bothLanguages } from '../../i18n'
import { isInternalAddress, webhookUrlProblem } from './target'

export interface PostOptions {
  timeoutMs: number
  allowPrivate: boolean
}

/**
 * Resolves the receiver's name and refuses internal addresses at connect time, so a public name pointing at (or
 * re-pointed to) a private address is caught where it matters, not only when the webhook was saved.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const internal = addresses.find((entry) => isInternalAddress(entry.address))
    if (internal)
      return callback(
        Object.assign(new Error(`${hostname} resolves to an internal address (${internal.address})`), {
          code: 'EINTERNAL',
        }),
        '',
        0,
      )
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    return first
      ? callback(null, first.address, first.family)
      : callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
  })
}

/**
 * POSTs one JSON body and resolves with the receiver's status code once its response headers arrive. Redirects are
 * not followed (a 3xx is a failed attempt), the whole exchange is bounded by `timeoutMs`, and no connection is reused.
 */
export const postJson = (
  url: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate }: PostOptions,
): Promise<number> => {
  const problem = webhookUrlProblem(url, { allowPrivate })
  if (problem) return Promise.reject(new Error(bothLanguages(problem)))
  const target = new URL(url)
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  const signal = AbortSignal.timeout(timeoutMs)
  return new Promise<number>((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        agent: false,
        signal,
        lookup: allowPrivate ? undefined : publicOnlyLookup,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': String(Buffer.byteLength(body)),
          'User-Agent': 'Newsroom-Webhooks/1',
          ...headers,
        },
      },
      (response) => {
        // The body is not read; draining it lets the socket close. A body still arriving at the timeout is cut off.
        response.on('error', () => undefined)
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', (error) =>
      reject(signal.aborted ? new Error(`No answer within ${timeoutMs} ms (timeout)`) : error),
    )
    request.end(body)
  })
}
