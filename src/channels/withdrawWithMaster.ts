import type { CollectionAfterChangeHook } from 'payload'

import { fireTransition } from '../workflow/fire'

const withdrawals = new Set(['withdraw', 'withdrawScheduled'])

const firedTransition = (context: Record<string, unknown>): string | undefined =>
  (context.workflowWrite as { transition?: string } | undefined)?.transition

/**
 * 一稿多签: a story withdrawn (撤稿, now or on schedule) is withdrawn from every channel it went out on, in the same
 * transaction, each variant with its own audit record (随主稿撤稿).
 */
export const withdrawChannelVariants: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  const transition = firedTransition(context)
  if (!transition || !withdrawals.has(transition)) return doc
  const { docs } = await req.payload.find({
    collection: 'channel-variants',
    where: { and: [{ master: { equals: doc.id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const variant of docs) {
    await fireTransition(req.payload, {
      collection: 'channel-variants',
      id: variant.id,
      transition: 'withdrawWithMaster',
      actor: { kind: 'system' },
      req,
    })
  }
  return doc
}
