import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { applyRemoteChange, notifyReset, subscribeDeliveryChanges } from '../events'
import { decodeFanout, encodeFanout, fanoutChannel } from './message'
import { createRedis, sharedRedis } from './redis'

export interface Fanout {
  instance: string
  stop: () => Promise<void>
}

/**
 * Payload `onInit` with REDIS_URL: every change this instance commits goes out on one channel, and every change
 * another instance commits is applied here as if local (cache purge, search index), but not passed on again.
 * Pub/sub keeps nothing for a subscriber that is away, so after a reconnect everything cached is dropped.
 */
export const startFanout = (payload: Payload, url: string): Fanout => {
  const instance = randomUUID()
  const onError = (error: unknown) => payload.logger.error({ err: error, msg: 'delivery fan-out failed' })
  const publisher = sharedRedis(url)
  const subscriber = createRedis(url)

  const unsubscribe = subscribeDeliveryChanges({
    committed: async (change) => {
      if (change.remote) return
      await publisher.publish(fanoutChannel, encodeFanout(instance, change)).catch(onError)
    },
  })

  let subscribedOnce = false
  subscriber.on('ready', () => {
    if (!subscribedOnce) {
      subscribedOnce = true
      return
    }
    payload.logger.warn({ msg: 'delivery fan-out reconnected: clearing cached responses and the search index' })
    notifyReset(onError)
    // Again once the channel is confirmed: whatever was cached before that may have missed a change.
    subscriber
      .subscribe(fanoutChannel)
      .then(() => notifyReset(onError))
      .catch(onError)
  })
  subscriber.on('error', (error) => payload.logger.warn({ err: error, msg: 'delivery fan-out connection error' }))
  subscriber.on('message', (_channel: string, raw: string) => {
    const message = decodeFanout(raw)
    if (!message || message.instance === instance) return
    void applyRemoteChange(message.change, onError)
  })
  // ioredis re-subscribes by itself after a reconnect.
  subscriber.subscribe(fanoutChannel).catch(onError)

  return {
    instance,
    stop: async () => {
      unsubscribe()
      subscriber.disconnect()
    },
  }
}
