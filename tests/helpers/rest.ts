import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'

import { restRoutes } from '../../src/http/restQuery/routes'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface RestOptions {
  token?: string
  body?: unknown
  /** Sent as-is (for malformed JSON and multipart tests). */
  rawBody?: BodyInit
  headers?: Record<string, string>
}

/**
 * The app's REST route handlers (Payload's, behind the query guard) and GraphQL called with Web Requests, as Next would call them, without a server.
 * `Accept-Language: en` keeps error messages in English for assertions.
 */
export const restClient = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handlers = restRoutes(config)
  const graphqlHandler = GRAPHQL_POST(config)

  const request = async <T = any>(
    method: Method,
    path: string,
    options: RestOptions = {},
  ): Promise<RestResponse<T>> => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers: Record<string, string> = { 'Accept-Language': 'en', ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: BodyInit | undefined = options.rawBody
    if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['Content-Type'] = 'application/json'
    }
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      /* non-JSON answer: keep the text */
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }

  const graphql = async <T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<RestResponse<T>> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': 'en' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await graphqlHandler(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      }),
    )
    return { status: response.status, body: (await response.json()) as T, headers: response.headers }
  }

  return {
    get: <T = any>(path: string, options?: RestOptions) => request<T>('GET', path, options),
    post: <T = any>(path: string, options?: RestOptions) => request<T>('POST', path, options),
    patch: <T = any>(path: string, options?: RestOptions) => request<T>('PATCH', path, options),
    delete: <T = any>(path: string, options?: RestOptions) => request<T>('DELETE', path, options),
    graphql,
  }
}

export type RestClient = ReturnType<typeof restClient>

/** Logs a user in through the Local API and returns the JWT to send as `Authorization: JWT …`. */
export const tokenFor = async (payload: Payload, email: string, password: string): Promise<string> => {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`no token for ${email}`)
  return result.token
}
