import type { Block } from 'payload'

/**
 * The admin of every body block. Payload's free-text block name box sat in the block header looking like a second
 * intertitle field; the block's label says what it is.
 */
export const bodyBlockAdmin: Block['admin'] = { disableBlockName: true }
