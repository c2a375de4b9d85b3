import type { TaskConfig } from 'payload'

import { isProduction } from '../../env'

/** The jobs queue webhook deliveries run on, apart from scheduled publishing so a slow receiver never delays it. */
export const webhookQueue = 'webhooks'

/** A receiver gets this long to answer (connect, send, response headers) before the attempt counts as failed. */
export const webhookTimeoutMs = 5_000

const nonNegativeInteger = (value: string | undefined, fallback: number): number => {
  const number = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isInteger(number) && number >= 0 ? number : fallback
}

type RetryConfig = Exclude<NonNullable<TaskConfig['retries']>, number>

/**
 * Six retries after the first attempt, waiting base · 2^n (30 s, 1 min, 2 min … 16 min by default): a receiver that is
 * down for half an hour still gets the event. WEBHOOK_RETRY_BASE_MS shortens the wait (tests).
 */
export const webhookRetries = (): RetryConfig => ({
  attempts: 6,
  backoff: { type: 'exponential', delay: nonNegativeInteger(process.env.WEBHOOK_RETRY_BASE_MS, 30_000) },
})

/** Production refuses receivers on loopback and private networks (SSRF) unless WEBHOOK_ALLOW_PRIVATE=true. */
export const allowPrivateWebhookTargets = (): boolean => !isProduction() || process.env.WEBHOOK_ALLOW_PRIVATE === 'true'
