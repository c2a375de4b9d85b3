import { describe, expect, it } from '@jest/globals'

import { canEditContent, canRead } from '../../src/workflow/guard'
import { editScope, readScope, type ItemScope } from '../../src/workflow/scopes'
import { roles, workflowStates, type UserActor, type WorkflowItem } from '../../src/workflow/types'

/** What a scope admits, evaluated on one item the way the database query would. */
const admits = (scope: ItemScope, actor: UserActor | null, item: WorkflowItem, includePublished: boolean): boolean => {
  if (scope.kind === 'all') return true
  if (scope.kind === 'none') return false
  const published = item.status === 'published' || item.state === 'published'
  if (scope.kind === 'published') return published
  return (
    (includePublished && published) ||
    item.ownerId === actor?.id ||
    item.contributorUserIds.includes(actor?.id ?? '') ||
    item.brandIds.some((brand) => scope.brandIds.includes(brand))
  )
}

describe('access scopes agree with the guard', () => {
  const items: WorkflowItem[] = workflowStates.flatMap((state) =>
    [
      { ownerId: 'me', contributorUserIds: [] },
      { ownerId: 'other', contributorUserIds: ['me'] },
      { ownerId: 'other', contributorUserIds: [] },
    ].flatMap((who) =>
      [['brand-a'], ['brand-b']].map((brandIds) => ({
        ...who,
        state,
        reviewLevel: null,
        brandIds,
        history: [],
        status: state === 'published' ? ('published' as const) : ('draft' as const),
      })),
    ),
  )
  const actors: (UserActor | null)[] = [
    null,
    ...roles.map((role): UserActor => ({ kind: 'user', id: 'me', role, brandIds: ['brand-a'] })),
  ]

  it('read scope = canRead for every role, state, ownership and brand', () => {
    for (const actor of actors)
      for (const item of items)
        expect({ actor: actor?.role ?? 'anonymous', item, ok: admits(readScope(actor), actor, item, true) }).toEqual({
          actor: actor?.role ?? 'anonymous',
          item,
          ok: canRead(actor, item),
        })
  })

  it('edit scope admits every item canEditContent allows (the guard then applies the state rules)', () => {
    for (const actor of actors)
      for (const item of items)
        if (canEditContent(actor, item)) expect(admits(editScope(actor), actor, item, false)).toBe(true)
  })

  it('edit scope never admits someone else’s item to an author', () => {
    const reporter: UserActor = { kind: 'user', id: 'me', role: 'reporter', brandIds: ['brand-a'] }
    expect(
      admits(
        editScope(reporter),
        reporter,
        items.find((item) => item.ownerId === 'other' && item.contributorUserIds.length === 0) as WorkflowItem,
        false,
      ),
    ).toBe(false)
  })
})
