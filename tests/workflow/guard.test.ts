import { describe, expect, it } from '@jest/globals'

import {
  availableTransitions,
  brandReviewFromDoc,
  canEditContent,
  canRead,
  currentReviewLevel,
  effectiveLevels,
  evaluateTransition,
  isTransitionName,
  itemReviewChains,
  parsePublishAt,
  rechain,
  stateAfterContentEdit,
} from '../../src/workflow/guard'
import { errorMessages, reviewLevelLabel } from '../../src/workflow/labels'
import type {
  Actor,
  BrandReview,
  EvaluateInput,
  HistoryEntry,
  Role,
  TransitionName,
  WorkflowItem,
  WorkflowState,
} from '../../src/workflow/types'

const NOW = new Date('2026-03-01T08:00:00.000Z')

// 青岛日报: 三审; 观海新闻: 二审.
const qdrb: BrandReview = { brandId: 'qdrb', levels: 3, reviewers: { 1: ['chu'], 2: ['fu'], 3: ['zhong'] } }
const ghxw: BrandReview = { brandId: 'ghxw', levels: 2, reviewers: { 1: ['chu2'], 2: ['zhong2'] } }
const brands = [qdrb, ghxw]

const user = (id: string, role: Role, brandIds?: string[]): Actor => ({ kind: 'user', id, role, brandIds })
const system: Actor = { kind: 'system' }
const reporter = user('rep', 'reporter')
const editor = (id: string): Actor => user(id, 'editor')
const admin = user('boss', 'admin')

const h = (transition: TransitionName, actorId: string, level: number | null): HistoryEntry => ({
  transition,
  actorId,
  from: 'inReview',
  to: 'inReview',
  level,
  at: '2026-02-28T00:00:00Z',
})

function item(state: WorkflowState, overrides: Partial<WorkflowItem> = {}): WorkflowItem {
  return {
    ownerId: 'rep',
    contributorUserIds: ['co'],
    state,
    reviewLevel: state === 'inReview' ? 1 : null,
    brandIds: ['qdrb'],
    history: [],
    ...overrides,
  }
}

const run = (actor: Actor, it: WorkflowItem, transition: TransitionName, extra: Partial<EvaluateInput> = {}) =>
  evaluateTransition({ actor, item: it, transition, brands, now: NOW, ...extra })

const failure = (result: ReturnType<typeof run>) => (result.ok ? result : { status: result.status, code: result.code })

describe('levels', () => {
  it('takes the maximum over the item’s brands and defaults to one', () => {
    expect(effectiveLevels({ brandIds: ['ghxw'] }, brands)).toBe(2)
    expect(effectiveLevels({ brandIds: ['ghxw', 'qdrb'] }, brands)).toBe(3)
    expect(effectiveLevels({ brandIds: [] }, brands)).toBe(1)
    expect(effectiveLevels({ brandIds: ['gone'] }, brands)).toBe(1)
  })

  it('clamps a review level above the item’s levels to its last level', () => {
    expect(currentReviewLevel(item('inReview', { reviewLevel: 3, brandIds: ['ghxw'] }), brands)).toBe(2)
    expect(currentReviewLevel(item('inReview', { reviewLevel: null }), brands)).toBe(1)
    expect(currentReviewLevel(item('approved'), brands)).toBeNull()
  })

  it('names the levels 初审 / 复审 / 终审', () => {
    expect([1, 2, 3].map((l) => reviewLevelLabel(l, 3).zh)).toEqual(['初审', '复审', '终审'])
    expect([1, 2].map((l) => reviewLevelLabel(l, 2).zh)).toEqual(['初审', '终审'])
  })
})

describe('submit and resubmit', () => {
  it('lets the owner submit a draft into the first level', () => {
    expect(run(user('rep', 'correspondent'), item('draft'), 'submit')).toEqual({
      ok: true,
      to: 'inReview',
      reviewLevel: 1,
      statusEffect: 'unchanged',
    })
  })

  it('lets any editor or admin submit, but not a colleague or a contributor', () => {
    expect(run(editor('anyone'), item('draft'), 'submit').ok).toBe(true)
    expect(run(admin, item('draft'), 'submit').ok).toBe(true)
    expect(failure(run(user('other', 'reporter'), item('draft'), 'submit'))).toEqual({
      status: 403,
      code: 'notPermitted',
    })
    expect(failure(run(user('co', 'reporter'), item('draft'), 'submit'))).toEqual({ status: 403, code: 'notPermitted' })
  })

  it('answers 400 when the state does not allow it, even for a stranger', () => {
    expect(failure(run(reporter, item('inReview'), 'submit'))).toEqual({ status: 400, code: 'invalidState' })
    expect(failure(run(user('other', 'reporter'), item('published'), 'submit'))).toEqual({
      status: 400,
      code: 'invalidState',
    })
    expect(failure(run(reporter, item('draft'), 'resubmit'))).toEqual({ status: 400, code: 'invalidState' })
  })

  it('sends a returned item back to the first level', () => {
    expect(run(reporter, item('returned'), 'resubmit')).toMatchObject({ ok: true, to: 'inReview', reviewLevel: 1 })
  })
})

describe('approve', () => {
  it('moves through 初审 → 复审 → 终审 → approved', () => {
    expect(run(editor('chu'), item('inReview', { reviewLevel: 1 }), 'approve')).toMatchObject({
      to: 'inReview',
      reviewLevel: 2,
    })
    expect(run(editor('fu'), item('inReview', { reviewLevel: 2 }), 'approve')).toMatchObject({
      to: 'inReview',
      reviewLevel: 3,
    })
    expect(run(editor('zhong'), item('inReview', { reviewLevel: 3 }), 'approve')).toEqual({
      ok: true,
      to: 'approved',
      reviewLevel: null,
      statusEffect: 'unchanged',
    })
  })

  it('approves a two-level brand’s item at level 2', () => {
    const it2 = item('inReview', { reviewLevel: 2, brandIds: ['ghxw'] })
    expect(run(editor('zhong2'), it2, 'approve')).toMatchObject({ ok: true, to: 'approved' })
  })

  it('uses the strictest brand when an item belongs to several', () => {
    const both = item('inReview', { reviewLevel: 2, brandIds: ['ghxw', 'qdrb'] })
    // zhong2 reviews level 2 of 观海新闻, which is not the item's last level any more.
    expect(run(editor('zhong2'), both, 'approve')).toMatchObject({ ok: true, to: 'inReview', reviewLevel: 3 })
    expect(failure(run(editor('zhong2'), both, 'publish'))).toEqual({ status: 400, code: 'invalidState' })
  })

  it('admits only editors assigned to the current level, or admins', () => {
    const at2 = item('inReview', { reviewLevel: 2 })
    expect(failure(run(editor('chu'), at2, 'approve'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(failure(run(editor('nobody'), at2, 'approve'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(failure(run(editor('chu2'), item('inReview'), 'approve'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(run(admin, at2, 'approve')).toMatchObject({ ok: true, reviewLevel: 3 })
  })

  it('ignores a non-editor who is listed as a reviewer', () => {
    const odd: BrandReview = { brandId: 'odd', levels: 1, reviewers: { 1: ['rep2'] } }
    const result = evaluateTransition({
      actor: user('rep2', 'reporter'),
      item: item('inReview', { brandIds: ['odd'] }),
      transition: 'approve',
      brands: [odd],
      now: NOW,
    })
    expect(failure(result)).toEqual({ status: 403, code: 'notPermitted' })
  })

  it('ignores reviewer entries above a brand’s own levels', () => {
    const stray: BrandReview = { brandId: 'ghxw', levels: 2, reviewers: { 1: [], 2: [], 3: ['ghost'] } }
    const go = (transition: TransitionName) =>
      evaluateTransition({
        actor: editor('ghost'),
        item: item('inReview', { reviewLevel: 3, brandIds: ['ghxw', 'qdrb'] }),
        transition,
        brands: [stray, qdrb],
        comment: 'x',
        now: NOW,
      })
    expect(failure(go('approve'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(failure(go('publish'))).toEqual({ status: 403, code: 'notPermitted' })
  })

  it('lets only admins review an item with no brand', () => {
    const loose = item('inReview', { brandIds: [] })
    expect(failure(run(editor('chu'), loose, 'approve'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(run(admin, loose, 'approve')).toMatchObject({ ok: true, to: 'approved' })
  })

  it('treats an item left above its levels as at the last level', () => {
    const shrunk = item('inReview', { reviewLevel: 3, brandIds: ['ghxw'] })
    expect(run(editor('zhong2'), shrunk, 'approve')).toMatchObject({ ok: true, to: 'approved' })
  })

  it('refuses an item’s owner or contributor, admins included', () => {
    const reviewerOwner: BrandReview = { brandId: 'qdrb', levels: 3, reviewers: { 1: ['chu', 'co'], 2: [], 3: [] } }
    const own = item('inReview', { ownerId: 'chu' })
    expect(failure(run(editor('chu'), own, 'approve'))).toEqual({ status: 403, code: 'ownWork' })
    expect(
      failure(
        evaluateTransition({
          actor: editor('co'),
          item: item('inReview'),
          transition: 'approve',
          brands: [reviewerOwner],
          now: NOW,
        }),
      ),
    ).toEqual({ status: 403, code: 'ownWork' })
    expect(failure(run(admin, item('inReview', { ownerId: 'boss' }), 'approve'))).toEqual({
      status: 403,
      code: 'ownWork',
    })
    expect(failure(run(admin, item('inReview', { contributorUserIds: ['boss'] }), 'approve'))).toEqual({
      status: 403,
      code: 'ownWork',
    })
  })

  it('refuses whoever approved the previous level in this round', () => {
    const twoHats: BrandReview = {
      brandId: 'qdrb',
      levels: 3,
      reviewers: { 1: ['chu'], 2: ['chu'], 3: ['chu', 'zhong'] },
    }
    const at2 = item('inReview', { reviewLevel: 2, history: [h('submit', 'rep', null), h('approve', 'chu', 1)] })
    const go = (actor: Actor, it: WorkflowItem) =>
      evaluateTransition({ actor, item: it, transition: 'approve', brands: [twoHats], now: NOW })
    expect(failure(go(editor('chu'), at2))).toEqual({ status: 403, code: 'consecutiveLevel' })
    expect(failure(go(admin, { ...at2, history: [h('submit', 'rep', null), h('approve', 'boss', 1)] }))).toEqual({
      status: 403,
      code: 'consecutiveLevel',
    })
  })

  it('allows non-adjacent levels and approvals from an earlier round', () => {
    const twoHats: BrandReview = { brandId: 'qdrb', levels: 3, reviewers: { 1: ['chu'], 2: ['chu', 'fu'], 3: ['chu'] } }
    const go = (it: WorkflowItem, transition: TransitionName = 'approve') =>
      evaluateTransition({ actor: editor('chu'), item: it, transition, brands: [twoHats], now: NOW })
    const at3 = item('inReview', {
      reviewLevel: 3,
      history: [h('submit', 'rep', null), h('approve', 'chu', 1), h('approve', 'fu', 2)],
    })
    expect(go(at3)).toMatchObject({ ok: true, to: 'approved' })
    const secondRound = item('inReview', {
      reviewLevel: 2,
      history: [
        h('submit', 'rep', null),
        h('approve', 'chu', 1),
        h('return', 'fu', 2),
        h('resubmit', 'rep', null),
        h('approve', 'x', 1),
      ],
    })
    expect(go(secondRound)).toMatchObject({ ok: true, reviewLevel: 3 })
    // Signing off and publishing at the last level is an approval too.
    const chuPrev = { ...at3, history: [h('submit', 'rep', null), h('approve', 'fu', 1), h('approve', 'chu', 2)] }
    expect(failure(go(chuPrev, 'publish'))).toEqual({ status: 403, code: 'consecutiveLevel' })
  })
})

describe('return', () => {
  it('requires a non-blank comment', () => {
    expect(failure(run(editor('chu'), item('inReview'), 'return'))).toEqual({ status: 400, code: 'commentRequired' })
    expect(failure(run(editor('chu'), item('inReview'), 'return', { comment: ' \t\n' }))).toEqual({
      status: 400,
      code: 'commentRequired',
    })
    expect(run(editor('chu'), item('inReview'), 'return', { comment: '导语太长' })).toEqual({
      ok: true,
      to: 'returned',
      reviewLevel: null,
      statusEffect: 'unchanged',
    })
  })

  it('checks the actor before the comment', () => {
    expect(failure(run(reporter, item('inReview'), 'return'))).toEqual({ status: 403, code: 'notPermitted' })
  })

  it('lets the current level’s reviewer or a final sign-off editor return during review', () => {
    expect(run(editor('zhong'), item('inReview', { reviewLevel: 1 }), 'return', { comment: 'x' }).ok).toBe(true)
    expect(failure(run(editor('fu'), item('inReview', { reviewLevel: 1 }), 'return', { comment: 'x' }))).toEqual({
      status: 403,
      code: 'notPermitted',
    })
  })

  it('lets only final sign-off or admins return approved or scheduled items', () => {
    for (const state of ['approved', 'scheduled'] as const) {
      expect(run(editor('zhong'), item(state), 'return', { comment: 'x' }).ok).toBe(true)
      expect(run(admin, item(state), 'return', { comment: 'x' }).ok).toBe(true)
      expect(failure(run(editor('chu'), item(state), 'return', { comment: 'x' }))).toEqual({
        status: 403,
        code: 'notPermitted',
      })
    }
    expect(failure(run(editor('zhong'), item('published'), 'return', { comment: 'x' }))).toEqual({
      status: 400,
      code: 'invalidState',
    })
  })
})

describe('publish, schedule, unschedule, withdraw', () => {
  it('publishes an approved item by final sign-off, setting _status published', () => {
    expect(run(editor('zhong'), item('approved'), 'publish')).toEqual({
      ok: true,
      to: 'published',
      reviewLevel: null,
      statusEffect: 'published',
    })
    expect(failure(run(editor('fu'), item('approved'), 'publish'))).toEqual({ status: 403, code: 'notPermitted' })
  })

  it('lets final sign-off publish straight from the last level, never from earlier ones', () => {
    expect(run(editor('zhong'), item('inReview', { reviewLevel: 3 }), 'publish')).toMatchObject({
      ok: true,
      to: 'published',
    })
    expect(failure(run(editor('zhong'), item('inReview', { reviewLevel: 2 }), 'publish'))).toEqual({
      status: 400,
      code: 'invalidState',
    })
    expect(failure(run(editor('zhong'), item('inReview', { reviewLevel: 3, ownerId: 'zhong' }), 'publish'))).toEqual({
      status: 403,
      code: 'ownWork',
    })
  })

  it('lets a final sign-off editor publish their own approved item (someone else approved it)', () => {
    expect(run(editor('zhong'), item('approved', { ownerId: 'zhong' }), 'publish').ok).toBe(true)
  })

  it('schedules only with a valid future publishAt', () => {
    const go = (publishAt?: string) => failure(run(editor('zhong'), item('approved'), 'schedule', { publishAt }))
    expect(go()).toEqual({ status: 400, code: 'publishAtRequired' })
    expect(go('  ')).toEqual({ status: 400, code: 'publishAtRequired' })
    expect(go('tomorrow')).toEqual({ status: 400, code: 'publishAtInvalid' })
    expect(go('2026-02-30T08:00:00Z')).toEqual({ status: 400, code: 'publishAtInvalid' })
    expect(go('2026-03-02T08:00:00')).toEqual({ status: 400, code: 'publishAtInvalid' })
    expect(go('2026-03-01T08:00:00Z')).toEqual({ status: 400, code: 'publishAtNotFuture' })
    expect(go('2026-03-01T15:00:00+08:00')).toEqual({ status: 400, code: 'publishAtNotFuture' })
    expect(run(editor('zhong'), item('approved'), 'schedule', { publishAt: '2026-03-01T16:30:00+08:00' })).toEqual({
      ok: true,
      to: 'scheduled',
      reviewLevel: null,
      statusEffect: 'unchanged',
    })
  })

  it('refuses a stranger with 403 before looking at publishAt', () => {
    expect(failure(run(reporter, item('approved'), 'schedule', { publishAt: 'nonsense' }))).toEqual({
      status: 403,
      code: 'notPermitted',
    })
  })

  it('unschedules back to approved', () => {
    expect(run(admin, item('scheduled'), 'unschedule')).toMatchObject({
      ok: true,
      to: 'approved',
      statusEffect: 'unchanged',
    })
    expect(failure(run(admin, item('approved'), 'unschedule'))).toEqual({ status: 400, code: 'invalidState' })
  })

  it('withdraws with a reason, unpublishing the live version', () => {
    expect(failure(run(editor('zhong'), item('published'), 'withdraw'))).toEqual({
      status: 400,
      code: 'commentRequired',
    })
    expect(run(editor('zhong'), item('published'), 'withdraw', { comment: '侵权' })).toEqual({
      ok: true,
      to: 'withdrawn',
      reviewLevel: null,
      statusEffect: 'draft',
    })
    expect(failure(run(editor('chu'), item('published'), 'withdraw', { comment: 'x' }))).toEqual({
      status: 403,
      code: 'notPermitted',
    })
  })
})

describe('restore', () => {
  it('returns withdrawn or returned items to draft for owner, editors and admins', () => {
    for (const state of ['withdrawn', 'returned'] as const) {
      expect(run(reporter, item(state), 'restore')).toEqual({
        ok: true,
        to: 'draft',
        reviewLevel: null,
        statusEffect: 'unchanged',
      })
      expect(run(editor('anyone'), item(state), 'restore').ok).toBe(true)
      expect(failure(run(user('co', 'reporter'), item(state), 'restore'))).toEqual({
        status: 403,
        code: 'notPermitted',
      })
    }
    expect(failure(run(reporter, item('published'), 'restore'))).toEqual({ status: 400, code: 'invalidState' })
  })
})

describe('system transitions', () => {
  it('publishes a scheduled item for the system actor only', () => {
    expect(run(system, item('scheduled'), 'publishScheduled')).toEqual({
      ok: true,
      to: 'published',
      reviewLevel: null,
      statusEffect: 'published',
    })
    expect(failure(run(admin, item('scheduled'), 'publishScheduled'))).toEqual({ status: 403, code: 'systemOnly' })
    expect(failure(run(system, item('approved'), 'publishScheduled'))).toEqual({ status: 400, code: 'invalidState' })
  })

  it('gives the system actor no user transitions', () => {
    expect(failure(run(system, item('approved'), 'publish'))).toEqual({ status: 403, code: 'notPermitted' })
    expect(availableTransitions(system, item('scheduled'), brands, NOW)).toEqual(['publishScheduled'])
  })
})

describe('errors', () => {
  it('rejects an unknown transition name from outside', () => {
    expect(isTransitionName('publish')).toBe(true)
    expect(isTransitionName('delete')).toBe(false)
    expect(failure(run(admin, item('draft'), 'delete' as TransitionName))).toEqual({
      status: 400,
      code: 'unknownTransition',
    })
  })

  it('carries bilingual messages', () => {
    const result = run(reporter, item('inReview'), 'approve')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toEqual(errorMessages.notPermitted)
      expect(result.message.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(result.message.en).toMatch(/[a-z]/)
    }
  })
})

describe('availableTransitions', () => {
  it('offers what each actor may fire now', () => {
    expect(availableTransitions(reporter, item('draft'), brands, NOW)).toEqual(['submit'])
    expect(availableTransitions(user('other', 'reporter'), item('draft'), brands, NOW)).toEqual([])
    expect(availableTransitions(editor('chu'), item('inReview'), brands, NOW)).toEqual(['approve', 'return'])
    expect(availableTransitions(editor('zhong'), item('inReview', { reviewLevel: 3 }), brands, NOW)).toEqual([
      'approve',
      'return',
      'publish',
    ])
    expect(availableTransitions(editor('zhong'), item('approved'), brands, NOW)).toEqual([
      'return',
      'publish',
      'schedule',
    ])
    expect(availableTransitions(editor('zhong'), item('published'), brands, NOW)).toEqual([
      'withdraw',
      'scheduleWithdraw',
    ])
    expect(availableTransitions(reporter, item('returned'), brands, NOW)).toEqual(['resubmit', 'restore'])
  })
})

describe('withdrawal, now or scheduled (定时撤稿)', () => {
  const pending = { withdrawAt: '2026-03-02T08:00:00.000Z' }
  const liveRevision = (state: WorkflowState, overrides: Partial<WorkflowItem> = {}) =>
    item(state, { status: 'published', ...overrides })

  it('takes down a live story whatever its revision is doing, never a story that is not public', () => {
    for (const state of ['draft', 'inReview', 'returned', 'approved', 'scheduled'] as const) {
      expect(run(admin, liveRevision(state), 'withdraw', { comment: '侵权' })).toMatchObject({
        ok: true,
        to: 'withdrawn',
        statusEffect: 'draft',
      })
      expect(failure(run(admin, item(state), 'withdraw', { comment: '侵权' }))).toEqual({
        status: 400,
        code: 'invalidState',
      })
    }
    expect(failure(run(admin, item('withdrawn', { status: 'published' }), 'withdraw', { comment: '侵权' }))).toEqual({
      status: 400,
      code: 'invalidState',
    })
  })

  it('schedules with a reason and a future time, by the final sign-off only, and keeps state and level', () => {
    const at = '2026-03-01T18:00:00+08:00'
    expect(
      run(editor('zhong'), item('published'), 'scheduleWithdraw', { comment: '活动结束', withdrawAt: at }),
    ).toEqual({
      ok: true,
      to: 'published',
      reviewLevel: null,
      statusEffect: 'unchanged',
    })
    expect(
      run(editor('zhong'), liveRevision('inReview', { reviewLevel: 2 }), 'scheduleWithdraw', {
        comment: '活动结束',
        withdrawAt: at,
      }),
    ).toMatchObject({
      ok: true,
      to: 'inReview',
      reviewLevel: 2,
    })
    expect(
      failure(run(editor('chu'), item('published'), 'scheduleWithdraw', { comment: '活动结束', withdrawAt: at })),
    ).toEqual({ status: 403, code: 'notPermitted' })
    expect(failure(run(editor('zhong'), item('published'), 'scheduleWithdraw', { withdrawAt: at }))).toEqual({
      status: 400,
      code: 'commentRequired',
    })
    expect(failure(run(editor('zhong'), item('published'), 'scheduleWithdraw', { comment: '活动结束' }))).toEqual({
      status: 400,
      code: 'withdrawAtRequired',
    })
    // publishAt is not the withdrawal time.
    expect(
      failure(run(editor('zhong'), item('published'), 'scheduleWithdraw', { comment: '活动结束', publishAt: at })),
    ).toEqual({ status: 400, code: 'withdrawAtRequired' })
    expect(
      failure(
        run(editor('zhong'), item('published'), 'scheduleWithdraw', {
          comment: '活动结束',
          withdrawAt: '2026-03-01T07:00:00Z',
        }),
      ),
    ).toEqual({ status: 400, code: 'withdrawAtNotFuture' })
  })

  it('cancels and fires only a pending withdrawal; only the system fires it', () => {
    expect(failure(run(editor('zhong'), item('published'), 'unscheduleWithdraw'))).toEqual({
      status: 400,
      code: 'noWithdrawalScheduled',
    })
    expect(run(editor('zhong'), item('published', pending), 'unscheduleWithdraw')).toMatchObject({
      ok: true,
      to: 'published',
    })
    expect(failure(run(system, item('published'), 'withdrawScheduled'))).toEqual({
      status: 400,
      code: 'noWithdrawalScheduled',
    })
    expect(run(system, liveRevision('approved', pending), 'withdrawScheduled')).toMatchObject({
      ok: true,
      to: 'withdrawn',
      statusEffect: 'draft',
    })
    expect(failure(run(admin, item('published', pending), 'withdrawScheduled'))).toEqual({
      status: 403,
      code: 'systemOnly',
    })
    expect(availableTransitions(editor('zhong'), item('published', pending), brands, NOW)).toEqual([
      'withdraw',
      'scheduleWithdraw',
      'unscheduleWithdraw',
    ])
    expect(availableTransitions(system, item('published', pending), brands, NOW)).toEqual([
      'withdrawScheduled',
      'withdrawWithMaster',
    ])
    // 随主稿撤稿: a channel variant goes down with its master, whether or not a withdrawal was scheduled.
    expect(availableTransitions(system, item('published'), brands, NOW)).toEqual(['withdrawWithMaster'])
    expect(failure(run(admin, item('published'), 'withdrawWithMaster'))).toEqual({ status: 403, code: 'systemOnly' })
  })
})

describe('parsePublishAt', () => {
  it('accepts zoned ISO date-times and converts the offset', () => {
    expect(parsePublishAt('2026-03-01T16:00:00+08:00')?.toISOString()).toBe('2026-03-01T08:00:00.000Z')
    expect(parsePublishAt('2024-02-29T10:00Z')?.toISOString()).toBe('2024-02-29T10:00:00.000Z')
    expect(parsePublishAt('2026-03-01T08:00:00.5Z')?.toISOString()).toBe('2026-03-01T08:00:00.500Z')
  })

  it('rejects impossible or zone-less values', () => {
    for (const bad of [
      '2025-02-29T10:00Z',
      '2026-13-01T00:00Z',
      '2026-01-01T24:00Z',
      '2026-01-01T10:00',
      '2026-01-01',
      'x',
    ]) {
      expect([bad, parsePublishAt(bad)]).toEqual([bad, null])
    }
  })
})

describe('canEditContent', () => {
  const states: WorkflowState[] = ['draft', 'inReview', 'returned', 'approved', 'scheduled', 'published', 'withdrawn']
  const editable = (actor: Actor | null, extra: Partial<WorkflowItem> = {}) =>
    states.filter((state) => canEditContent(actor, item(state, extra)))

  it('lets authors edit only outside review', () => {
    const outside = ['draft', 'returned', 'published', 'withdrawn']
    expect(editable(user('rep', 'correspondent'))).toEqual(outside)
    expect(editable(user('co', 'reporter'))).toEqual(outside)
    expect(editable(user('other', 'reporter'))).toEqual([])
  })

  it('lets editors and admins edit in every state, nobody else', () => {
    expect(editable(editor('anyone'))).toEqual(states)
    expect(editable(admin)).toEqual(states)
    expect(editable(null)).toEqual([])
    expect(editable(system)).toEqual([])
  })

  it('starts a draft revision when a live or withdrawn item is edited', () => {
    expect(stateAfterContentEdit({ state: 'published' })).toBe('draft')
    expect(stateAfterContentEdit({ state: 'withdrawn' })).toBe('draft')
    expect(stateAfterContentEdit({ state: 'inReview' })).toBe('inReview')
    expect(stateAfterContentEdit({ state: 'returned' })).toBe('returned')
  })
})

describe('canRead', () => {
  it('shows anonymous readers only published work', () => {
    expect(canRead(null, item('published'))).toBe(true)
    expect(canRead(null, item('draft', { status: 'published' }))).toBe(true)
    expect(canRead(null, item('approved'))).toBe(false)
    expect(canRead(null, item('withdrawn', { status: 'draft' }))).toBe(false)
  })

  it('limits correspondents to their own unpublished work', () => {
    const corr = user('rep', 'correspondent', ['qdrb'])
    expect(canRead(corr, item('draft'))).toBe(true)
    expect(canRead(corr, item('draft', { ownerId: 'x', contributorUserIds: [] }))).toBe(false)
    expect(canRead(user('co', 'correspondent'), item('inReview'))).toBe(true)
    expect(canRead(corr, item('published', { ownerId: 'x' }))).toBe(true)
  })

  it('lets reporters read colleagues’ work in their brands', () => {
    const colleague = user('col', 'reporter', ['qdrb'])
    expect(canRead(colleague, item('inReview'))).toBe(true)
    expect(canRead(colleague, item('inReview', { brandIds: ['ghxw'] }))).toBe(false)
    expect(canRead(user('col', 'reporter'), item('draft'))).toBe(false)
  })

  it('lets editors, admins and the system read everything', () => {
    for (const actor of [editor('e'), admin, system])
      expect(canRead(actor, item('withdrawn', { brandIds: [] }))).toBe(true)
  })
})

describe('brandReviewFromDoc', () => {
  it('turns a Brands document into a BrandReview', () => {
    expect(
      brandReviewFromDoc({
        id: 7,
        reviewLevels: 2,
        reviewers: [
          { level: 1, editors: ['a', { id: 3 }] },
          { level: 2, editors: [9] },
          { level: 1, editors: ['b'] },
        ],
      }),
    ).toEqual({ brandId: '7', levels: 2, reviewers: { 1: ['a', '3', 'b'], 2: ['9'] } })
    expect(brandReviewFromDoc({ id: 'x', reviewLevels: null, reviewers: null })).toEqual({
      brandId: 'x',
      levels: 1,
      reviewers: {},
    })
  })
})

describe('an item with its own number of levels (a channel variant)', () => {
  it('keeps 签发 with the brand’s final signers and takes the earlier levels in order', () => {
    expect(rechain(qdrb, 2)).toEqual({ brandId: 'qdrb', levels: 2, reviewers: { 1: ['chu'], 2: ['zhong'] } })
    expect(rechain(qdrb, 1)).toEqual({ brandId: 'qdrb', levels: 1, reviewers: { 1: ['zhong'] } })
    expect(rechain(qdrb, 3)).toBe(qdrb)
    const twoLevels: BrandReview = { brandId: 'app', levels: 2, reviewers: { 1: ['chu'], 2: ['zhong'] } }
    // Three levels on a two-level brand: 初审 and 复审 both from its first level, 终审 its last.
    expect(rechain(twoLevels, 3).reviewers).toEqual({ 1: ['chu'], 2: ['chu'], 3: ['zhong'] })
    expect(rechain({ brandId: 'one', levels: 1, reviewers: { 1: ['solo'] } }, 2).reviewers).toEqual({
      1: ['solo'],
      2: ['solo'],
    })
    // Nonsense levels are clamped into 1..3.
    expect(rechain(qdrb, 9).levels).toBe(3)
    expect(rechain(qdrb, Number.NaN).levels).toBe(1)
  })

  it('applies only to the item’s brands, and only when the item has levels of its own', () => {
    const other: BrandReview = { brandId: 'other', levels: 3, reviewers: { 1: ['x'], 2: ['y'], 3: ['z'] } }
    expect(itemReviewChains({ brandIds: ['qdrb'], levels: null }, [qdrb, other])).toEqual([qdrb])
    expect(itemReviewChains({ brandIds: ['qdrb'], levels: 2 }, [qdrb, other])).toEqual([rechain(qdrb, 2)])
    const item = { brandIds: ['qdrb'], levels: 2 }
    expect(effectiveLevels(item, itemReviewChains(item, [qdrb]))).toBe(2)
  })
})
