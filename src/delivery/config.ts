import { originList, serverURL } from '../env'

/** Everything the delivery layer reads from the environment, read once when the router is created. */
export interface DeliveryConfig {
  /** Absolute base of this API (links, feed URLs, ninjs URIs). Never taken from the request's Host header. */
  apiBase: string
  /** Origin that relative media URLs and brand-less canonical URLs resolve against. */
  siteBase: string
  /** Browser origins allowed to call /content/v1: CORS_ORIGINS, the same allow-list Payload's REST API uses. */
  corsOrigins: string[]
  /** Requests per minute and client IP on /content/v1; 0 turns rate limiting off. */
  rateLimitPerMinute: number
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  cache: { maxEntries: number; maxBytes: number; ttlMs: number }
  search: { maxBodyChars: number }
}

const count = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  return Number.isInteger(number) && number >= 0 ? number : fallback
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '')

export const deliveryConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): DeliveryConfig => {
  const siteBase = trimSlash(serverURL())
  return {
    apiBase: trimSlash(env.DELIVERY_PUBLIC_URL || `${siteBase}/content/v1`),
    siteBase,
    corsOrigins: originList(env.CORS_ORIGINS),
    rateLimitPerMinute: count(env.DELIVERY_RATE_LIMIT, 600),
    maxAgeSeconds: count(env.DELIVERY_MAX_AGE, 30),
    staleWhileRevalidateSeconds: count(env.DELIVERY_STALE_WHILE_REVALIDATE, 60),
    cache: {
      maxEntries: count(env.DELIVERY_CACHE_ENTRIES, 2_000),
      maxBytes: count(env.DELIVERY_CACHE_MB, 64) * 1024 * 1024,
      ttlMs: count(env.DELIVERY_CACHE_TTL, 300) * 1000,
    },
    search: {
      maxBodyChars: count(env.DELIVERY_SEARCH_MAX_CHARS, 20_000),
    },
  }
}
