import type { Access, Where } from 'payload'

import { actorFromUser } from '../actor'
import { readScope } from '../scopes'

/**
 * Staff-only: anonymous readers and API clients never see a comment. Editors see all; authors see the comments on
 * their own items and the ones they wrote.
 */
export const readEditorialComments: Access = ({ req: { user } }) => {
  const actor = actorFromUser(user)
  if (!actor) return false
  if (readScope(actor).kind === 'all') return true
  const mine: Where = { or: [{ author: { equals: actor.id } }, { itemOwner: { equals: actor.id } }] }
  return mine
}

export const ownCommentsOnly: Access = ({ req: { user } }) => {
  const actor = actorFromUser(user)
  if (!actor) return false
  return actor.role === 'admin' ? true : { author: { equals: actor.id } }
}
