import type { RequestHandler } from 'express'

/**
 * CORS for /content/v1 with the same allow-list as Payload's `cors` (CORS_ORIGINS); `*` in the list opens it to every
 * origin. No credentials: front ends send an API key header, never cookies. Preflights are answered here.
 */
export const deliveryCors = (origins: string[]): RequestHandler => {
  const anyOrigin = origins.includes('*')
  return (req, res, next) => {
    const origin = req.get('origin')
    // With a list of origins the answer depends on the caller's: shared caches must keep one copy per origin.
    if (origins.length > 0 && !anyOrigin) res.vary('Origin')
    if (origin && (anyOrigin || origins.includes(origin))) {
      res.set('Access-Control-Allow-Origin', anyOrigin ? '*' : origin)
      res.set(
        'Access-Control-Expose-Headers',
        'ETag, Surrogate-Key, Cache-Tag, RateLimit, RateLimit-Policy, Retry-After',
      )
    }
    if (req.method !== 'OPTIONS') return next()
    // Methods and headers grant nothing without Allow-Origin, so every preflight may hear them.
    res.set('Allow', 'GET, HEAD, OPTIONS').set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
    res.set('Access-Control-Allow-Headers', 'Authorization, If-None-Match').set('Access-Control-Max-Age', '86400')
    res.status(204).end()
  }
}
