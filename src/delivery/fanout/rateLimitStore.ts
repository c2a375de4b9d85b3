import { RedisStore, type RedisReply } from 'rate-limit-redis'

import { redisUrl, sharedRedis } from './redis'

/** With REDIS_URL every instance counts a client's requests in one place, so the budget holds across instances. */
export const sharedRateLimitStore = (): RedisStore | undefined => {
  const url = redisUrl()
  if (!url) return undefined
  const redis = sharedRedis(url)
  return new RedisStore({
    prefix: 'newsroom:delivery:rate:',
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
  })
}
