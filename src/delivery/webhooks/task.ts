import type { PayloadRequest, TaskConfig, TaskHandler } from 'payload'

import type { Webhook } from '../../payload-types'
import { allowPrivateWebhookTargets, webhookRetries, webhookTimeoutMs } from './config'
import { isReviewedDelivery } from '../events'
import { webhookEvents, type WebhookEvent } from './events'
import type { WebhookMessage } from './message'
import { postJson } from './send'
import { signatureHeader, signWebhookBody, timestampHeader } from './signature'
import { bothLanguages } from '../../i18n'

interface Attempt {
  statusCode: number | null
  error: string | null
  durationMs: number
}

const messageOf = (value: unknown): Partial<WebhookMessage> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Partial<WebhookMessage>) : {}

const describeError = (error: unknown): string =>
  (error instanceof Error
    ? `${error.message}${'code' in error && error.code ? ` (${String(error.code)})` : ''}`
    : String(error)
  ).slice(0, 500)

/** What a receiver dedupes on: a retry, or a re-run after a worker died mid-delivery, repeats the same key. */
export const idempotencyKey = (webhook: Pick<Webhook, 'id'>, messageId: string): string => `${webhook.id}:${messageId}`

/** Signs the body with a fresh timestamp and POSTs it; never throws, the outcome is the attempt. */
const attemptDelivery = async (
  webhook: Webhook,
  event: WebhookEvent,
  messageId: string,
  body: string,
): Promise<Attempt> => {
  const timestamp = Math.floor(Date.now() / 1000)
  const headers = {
    [timestampHeader]: String(timestamp),
    [signatureHeader]: signWebhookBody(webhook.secret ?? '', timestamp, body),
    'X-Newsroom-Event': event,
    'X-Newsroom-Delivery': messageId,
    // One event reaches several webhooks under one message id; the key is stable per (webhook, event) across retries.
    'Idempotency-Key': idempotencyKey(webhook, messageId),
  }
  const started = performance.now()
  const durationMs = () => Math.round(performance.now() - started)
  try {
    const statusCode = await postJson(webhook.url, body, headers, {
      timeoutMs: webhookTimeoutMs,
      allowPrivate: allowPrivateWebhookTargets(),
    })
    return {
      statusCode,
      error: statusCode >= 200 && statusCode < 300 ? null : `The receiver answered ${statusCode}`,
      durationMs: durationMs(),
    }
  } catch (error) {
    return { statusCode: null, error: describeError(error), durationMs: durationMs() }
  }
}

const logAttempt = (
  req: PayloadRequest,
  webhook: Webhook,
  event: WebhookEvent,
  messageId: string,
  message: Partial<WebhookMessage>,
  attempt: number,
  outcome: Attempt,
) =>
  req.payload.create({
    collection: 'webhook-deliveries',
    data: {
      webhook: webhook.id,
      event,
      messageId,
      itemCollection:
        typeof message.collection === 'string' && isReviewedDelivery(message.collection) ? message.collection : null,
      itemId: message.item?.id ?? null,
      attempt,
      ...outcome,
      at: new Date().toISOString(),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * One attempt to hand an event to one receiver, logged in `webhook-deliveries`. Anything but a 2xx answer fails the
 * attempt, and Payload's jobs runner retries it with exponential backoff (./config.ts). The webhook is re-read each
 * time: switched off or deleted meanwhile, nothing more is sent; a new URL or secret applies at once.
 */
const deliverWebhook: TaskHandler<'deliverWebhook'> = async ({ input, job, req }) => {
  const webhook = await req.payload.findByID({
    collection: 'webhooks',
    id: input.webhook,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!webhook || webhook.active === false || !webhook.secret) return { output: { delivered: false } }
  const message = messageOf(input.payload)
  const messageId = String(message.id ?? job.id)
  const outcome = await attemptDelivery(webhook, input.event, messageId, JSON.stringify(input.payload))
  await logAttempt(req, webhook, input.event, messageId, message, (job.totalTried ?? 0) + 1, outcome)
  if (outcome.error) throw new Error(`Webhook "${webhook.name}" not delivered: ${outcome.error}`)
  return { output: { delivered: true, statusCode: outcome.statusCode } }
}

export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: bothLanguages('jobs:deliverWebhook'),
  retries: webhookRetries(),
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'event', type: 'select', required: true, options: [...webhookEvents] },
    { name: 'payload', type: 'json', required: true },
  ],
  outputSchema: [
    { name: 'delivered', type: 'checkbox' },
    { name: 'statusCode', type: 'number' },
  ],
  handler: deliverWebhook,
}
