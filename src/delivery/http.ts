import { createHash } from 'node:crypto'
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { decodeListCursor, decodeSearchCursor, type ListCursor } from './cursor'
import { bothLanguages } from '../i18n'

/** A finished response body, ready to cache and to send many times. */
export interface Representation {
  status: number
  body: string
  /** `body` as UTF-8, encoded once: a cached representation is sent many times (re-encoding was ~15 % of a hit). */
  bytes: Buffer
  contentType: string
  /** Strong validator: a hash of exactly these bytes. */
  etag: string
  /** Cache tags (article:<id>, section:<id>, brand:<id>, …): what a change purges, in-process and at the CDN. */
  tags: string[]
}

export const contentTypes = {
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const

/** A client error with the status and message it is answered with; anything else becomes a logged 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const notFound = (what: string): HttpError =>
  new HttpError(404, bothLanguages('messages:delivery:http:notFound', { what }))
export const badRequest = (message: string): HttpError => new HttpError(400, message)

export const strongEtag = (body: string | Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

export const representation = (body: string, contentType: string, tags: string[], status = 200): Representation => {
  const bytes = Buffer.from(body, 'utf8')
  return { status, body, bytes, contentType, etag: strongEtag(bytes), tags: [...new Set(tags)] }
}

export const jsonRepresentation = (
  value: unknown,
  tags: string[],
  contentType: string = contentTypes.json,
): Representation => representation(JSON.stringify(value), contentType, tags)

/** If-None-Match uses the weak comparison: `W/"x"` matches `"x"`; `*` matches anything. */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === bare
  })
}

export interface CachePolicy {
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

export const sendRepresentation = (req: Request, res: Response, rep: Representation, policy: CachePolicy): void => {
  res.set('ETag', rep.etag)
  res.set(
    'Cache-Control',
    `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`,
  )
  if (rep.tags.length > 0) {
    res.set('Surrogate-Key', rep.tags.join(' '))
    res.set('Cache-Tag', rep.tags.join(','))
  }
  if (matchesIfNoneMatch(req.get('if-none-match'), rep.etag)) {
    res.status(304).end()
    return
  }
  res.status(rep.status).type(rep.contentType).send(rep.bytes)
}

// ---- parameters ------------------------------------------------------------------------------------------------

/** A named path parameter (express types allow arrays, for wildcards we do not use). */
export const pathParam = (req: Request, name: string): string | undefined => {
  const value: unknown = req.params[name]
  return typeof value === 'string' ? value : undefined
}

/** One query parameter as a string; repeated (`?a=1&a=2`) or nested parameters are refused. */
export const queryValue = (req: Request, name: string): string | undefined => {
  const value: unknown = req.query[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string')
    throw badRequest(bothLanguages('messages:delivery:http:parameterMustBeGiven', { name }))
  return value
}

export const defaultLimit = 20
export const maxLimit = 50

export const parseLimit = (value: string | undefined): number => {
  if (value === undefined) return defaultLimit
  const limit = /^\d{1,3}$/.test(value) ? Number(value) : NaN
  if (!(limit >= 1 && limit <= maxLimit))
    throw badRequest(bothLanguages('messages:delivery:http:limitMustBeInteger', { maxLimit }))
  return limit
}

export const parseListCursor = (value: string | undefined): ListCursor | null => {
  if (value === undefined) return null
  const cursor = decodeListCursor(value)
  if (!cursor) throw badRequest(bothLanguages('messages:delivery:http:cursorIsNotValid'))
  return cursor
}

export const parseSearchCursor = (value: string | undefined): number => {
  if (value === undefined) return 0
  const offset = decodeSearchCursor(value)
  if (offset === null) throw badRequest(bothLanguages('messages:delivery:http:cursorIsNotValid'))
  return offset
}

export const parseFormat = <F extends string>(value: string | undefined, allowed: readonly F[]): F => {
  const format = (value ?? allowed[0]) as F
  if (!allowed.includes(format))
    throw badRequest(bothLanguages('messages:delivery:http:formatMustBeOne', { allowed: allowed.join(', ') }))
  return format
}

export const maxQueryLength = 100

export const parseSearchQuery = (value: string | undefined): string => {
  const q = (value ?? '').normalize('NFKC').trim()
  if (q.length === 0) throw badRequest(bothLanguages('messages:delivery:http:qIsRequired'))
  if ([...q].length > maxQueryLength)
    throw badRequest(bothLanguages('messages:delivery:http:qIsLongerThan', { maxQueryLength }))
  return q
}

const slugPattern = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u

/** A path reference (slug or id) that cannot exist is simply not found. */
export const parseRef = (value: string | undefined, what: string): string => {
  if (!value || value.length > 160 || !slugPattern.test(value)) throw notFound(what)
  return value
}

const tagPattern = /^[^\p{Cc}\p{Cs}]{1,60}$/u

export const parseTag = (value: string | undefined): string => {
  const tag = (value ?? '').normalize('NFKC').trim()
  if (!tagPattern.test(tag)) throw notFound('Tag')
  return tag
}

// ---- errors and the edges of the router ---------------------------------------------------------------------------

const errorBody = (status: number, message: string): string => JSON.stringify({ error: { status, message } })

export const sendError = (res: Response, status: number, message: string): void => {
  res.status(status).set('Cache-Control', 'no-store').type(contentTypes.json).send(errorBody(status, message))
}

/** Public reads only: anything but GET and HEAD is refused (CORS preflights are answered before, by ./cors.ts). */
export const readOnly: RequestHandler = (req, res, next) => {
  res.set('X-Content-Type-Options', 'nosniff')
  if (req.method === 'GET' || req.method === 'HEAD') return next()
  res.set('Allow', 'GET, HEAD, OPTIONS')
  sendError(res, 405, bothLanguages('messages:delivery:http:methodNotAllowedDelivery'))
}

export const routeNotFound: RequestHandler = (_req, res) =>
  sendError(res, 404, bothLanguages('messages:delivery:http:noSuchRoute'))

const statusOf = (error: unknown): number | null => {
  if (error instanceof HttpError) return error.status
  if (typeof error === 'object' && error !== null) {
    const status =
      (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode
    if (typeof status === 'number' && status >= 400 && status < 500) return status
  }
  return null
}

/** Client mistakes keep their 4xx (malformed percent-encoding arrives here as a 400 from express); the rest is logged. */
export const errorHandler =
  (payload: Payload): ErrorRequestHandler =>
  (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error)
    const status = statusOf(error)
    if (status !== null) {
      sendError(
        res,
        status,
        error instanceof HttpError ? error.message : bothLanguages('messages:delivery:http:badRequest'),
      )
      return
    }
    payload.logger.error({ err: error, msg: 'delivery request failed', path: req.originalUrl })
    sendError(res, 500, bothLanguages('messages:delivery:http:internalError'))
  }
