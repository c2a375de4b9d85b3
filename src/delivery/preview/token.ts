import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { isDeliveredItem, type DeliveredItem } from '../events'

/**
 * Signed draft links (预览链接): `<payload>.<signature>`, both base64url. The payload names one item and an expiry
 * (`<collection>:<id>:<unix seconds>`); the signature is HMAC-SHA256 over it with a key derived from PAYLOAD_SECRET for
 * this purpose only. Nothing is stored: a link works until it expires, for that one item, and rotating PAYLOAD_SECRET
 * revokes every link at once.
 */

export interface PreviewGrant {
  collection: DeliveredItem
  id: string
  /** Unix seconds. */
  expiresAt: number
}

export const defaultPreviewSeconds = 60 * 60
export const maxPreviewSeconds = 24 * 60 * 60

export const previewKey = (secret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, '', 'newsroom preview link v1', 32))

const mac = (key: Buffer, claims: string): Buffer => createHmac('sha256', key).update(claims).digest()

const claimsOf = ({ collection, id, expiresAt }: PreviewGrant): string => `${collection}:${id}:${expiresAt}`

export const signPreviewToken = (grant: PreviewGrant, key: Buffer): string => {
  const claims = claimsOf(grant)
  return `${Buffer.from(claims, 'utf8').toString('base64url')}.${mac(key, claims).toString('base64url')}`
}

export type PreviewTokenCheck = { ok: true; grant: PreviewGrant } | { ok: false; reason: 'invalid' | 'expired' }

const idPattern = /^[A-Za-z0-9_-]{1,64}$/
const base64url = /^[A-Za-z0-9_-]+$/

/** Signature first (constant time), so an expired token only reports its expiry when it is genuine. */
export const verifyPreviewToken = (
  token: string,
  key: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): PreviewTokenCheck => {
  const parts = token.length <= 512 ? token.split('.') : []
  if (parts.length !== 2 || !parts.every((part) => base64url.test(part))) return { ok: false, reason: 'invalid' }
  const claims = Buffer.from(parts[0], 'base64url').toString('utf8')
  const given = Buffer.from(parts[1], 'base64url')
  const expected = mac(key, claims)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
  const [collection, id, expiry, ...rest] = claims.split(':')
  const expiresAt = Number(expiry)
  if (
    rest.length > 0 ||
    !isDeliveredItem(collection) ||
    !idPattern.test(id ?? '') ||
    !Number.isSafeInteger(expiresAt)
  ) {
    return { ok: false, reason: 'invalid' }
  }
  if (expiresAt <= nowSeconds) return { ok: false, reason: 'expired' }
  return { ok: true, grant: { collection, id, expiresAt } }
}
