import type { UserActor } from './types'

/**
 * The read, edit and delete rules of the workflow as query scopes, so access control can turn them into database
 * filters. `canRead`/`canEditContent` in ./guard are the same rules for one item; tests/workflow/scopes.test.ts
 * checks that both agree.
 */
export type ItemScope =
  | { kind: 'all' }
  | { kind: 'published' }
  /** Published items, items the actor owns or is credited on, and (reporters) anything in their brands. */
  | { kind: 'own'; brandIds: string[] }
  | { kind: 'none' }

export const readScope = (actor: UserActor | null): ItemScope => {
  if (actor === null) return { kind: 'published' }
  if (actor.role === 'admin' || actor.role === 'editor') return { kind: 'all' }
  return { kind: 'own', brandIds: actor.role === 'reporter' ? (actor.brandIds ?? []) : [] }
}

/** Which items an actor may try to change; the state rules (no edits in review) are checked per item by the guard. */
export const editScope = (actor: UserActor | null): ItemScope => {
  if (actor === null) return { kind: 'none' }
  if (actor.role === 'admin' || actor.role === 'editor') return { kind: 'all' }
  return { kind: 'own', brandIds: [] }
}

/** Killing a story outright is an editor's call; authors withdraw nothing themselves. */
/** Moving an item to the trash (回收站), from which it can be restored with its history. */
export const deleteScope = (actor: UserActor | null): ItemScope =>
  actor !== null && (actor.role === 'admin' || actor.role === 'editor') ? { kind: 'all' } : { kind: 'none' }

/** Emptying the trash: deleting an item for good, with its versions. Admins only, and only what is in the trash. */
export const purgeScope = (actor: UserActor | null): ItemScope =>
  actor !== null && actor.role === 'admin' ? { kind: 'all' } : { kind: 'none' }
