import { randomBytes } from 'node:crypto'
import type { FieldHook } from 'payload'

/** An empty secret (a new webhook, or one cleared to rotate it) becomes 32 random bytes. */
export const generateSecret: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : `whsec_${randomBytes(32).toString('base64url')}`
