import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** One structured line per request, through Payload's pino logger, written when the response is finished. */
export const requestLog =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      if (req.path.startsWith('/_next/') && res.statusCode < 400) return
      payload.logger.info({
        msg: 'request',
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        bytes: Number(res.getHeader('content-length') ?? 0),
        ip: req.ip,
      })
    })
    next()
  }
