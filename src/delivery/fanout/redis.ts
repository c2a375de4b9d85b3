import { Redis } from 'ioredis'

/** REDIS_URL: several app instances share change fan-out and rate limits through it; unset, one instance stands alone. */
export const redisUrl = (env: NodeJS.ProcessEnv = process.env): string | null => env.REDIS_URL?.trim() || null

let shared: Redis | null = null

/** One command connection per process (publishing, rate limits); a subscriber needs its own. */
export const sharedRedis = (url: string): Redis => {
  shared ??= createRedis(url)
  return shared
}

// Retries forever with a capped backoff: a Redis restart must not take the app down or stop the fan-out.
export const createRedis = (url: string): Redis =>
  new Redis(url, { retryStrategy: (times) => Math.min(times * 100, 1_000), maxRetriesPerRequest: 2 })
