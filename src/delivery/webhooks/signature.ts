import { createHmac } from 'node:crypto'

export const timestampHeader = 'X-Newsroom-Timestamp'
export const signatureHeader = 'X-Newsroom-Signature'

/**
 * `v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with the webhook's secret. The timestamp is signed with the body
 * so a receiver can refuse an old message replayed at it (docs/webhooks.md shows the check).
 */
export const signWebhookBody = (secret: string, timestamp: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
