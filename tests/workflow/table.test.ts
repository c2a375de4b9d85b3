import { describe, expect, it } from '@jest/globals'

import { availableTransitions, evaluateTransition } from '../../src/workflow/guard'
import { transitions } from '../../src/workflow/table'
import { roles, workflowStates } from '../../src/workflow/types'
import type {
  Actor,
  BrandReview,
  HistoryEntry,
  TransitionName,
  WorkflowItem,
  WorkflowState,
} from '../../src/workflow/types'

const names = Object.keys(transitions) as TransitionName[]

describe('transition table', () => {
  it('keys each definition by its own name and uses only known states', () => {
    for (const name of names) {
      const def = transitions[name]
      expect(def.name).toBe(name)
      expect(def.from.length).toBeGreaterThan(0)
      for (const state of def.from) expect(workflowStates).toContain(state)
      if (typeof def.to === 'string' && def.to !== 'same') expect(workflowStates).toContain(def.to)
    }
  })

  it('carries the spec labels in Chinese and an English label', () => {
    const zh: Record<string, string> = {
      submit: '提交审核',
      resubmit: '重新提交',
      approve: '通过',
      return: '退回修改',
      publish: '签发/发布',
      schedule: '定时发布',
      unschedule: '取消定时',
      withdraw: '撤稿',
      scheduleWithdraw: '定时撤稿',
      unscheduleWithdraw: '取消定时撤稿',
      restore: '恢复为草稿',
    }
    for (const name of names) {
      if (zh[name] !== undefined) expect(transitions[name].label.zh).toBe(zh[name])
      expect(transitions[name].label.en.trim()).not.toBe('')
      expect(transitions[name].label.zh.trim()).not.toBe('')
    }
  })

  it('touches Payload _status only when publishing or withdrawing', () => {
    for (const name of names) {
      const expected =
        name === 'publish' || name === 'publishScheduled' || name === 'publishImported'
          ? 'published'
          : name === 'withdraw' || name === 'withdrawScheduled' || name === 'withdrawWithMaster'
            ? 'draft'
            : 'unchanged'
      expect([name, transitions[name].statusEffect]).toEqual([name, expected])
    }
  })

  it('requires comments only for return and (scheduling a) withdrawal, a time only for the two schedules', () => {
    expect(names.filter((n) => transitions[n].comment === 'required').sort()).toEqual([
      'return',
      'scheduleWithdraw',
      'withdraw',
    ])
    expect(names.filter((n) => transitions[n].needsTime !== null).map((n) => [n, transitions[n].needsTime])).toEqual([
      ['schedule', 'publishAt'],
      ['scheduleWithdraw', 'withdrawAt'],
    ])
  })

  it('keeps system transitions out of users’ hands and users out of system transitions', () => {
    for (const name of names) {
      const who = transitions[name].who
      if (who.includes('system')) expect(who).toEqual(['system'])
    }
    expect(names.filter((n) => transitions[n].who.includes('system')).sort()).toEqual([
      'publishImported',
      'publishScheduled',
      'withdrawScheduled',
      'withdrawWithMaster',
    ])
  })

  it('reaches every state from draft', () => {
    const reached = new Set<WorkflowState>(['draft'])
    for (let changed = true; changed;) {
      changed = false
      for (const name of names) {
        const def = transitions[name]
        if (!def.from.some((s) => reached.has(s))) continue
        if (def.to === 'same') continue
        const targets: WorkflowState[] =
          typeof def.to === 'string' ? [def.to] : [def.to(1, 3).state, def.to(3, 3).state]
        for (const t of targets) {
          if (!reached.has(t)) {
            reached.add(t)
            changed = true
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...workflowStates].sort())
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Matrix: every actor × transition × state (× levels, brand set-ups, history, inputs) against an oracle written
// straight from the spec, without reading the table.

type Relation = 'owner' | 'contributor' | 'stranger' | 'reviewer1' | 'reviewer2' | 'reviewer3'
type ActorRole = (typeof roles)[number] | 'system'
type History = 'fresh' | 'actorApprovedPrevious' | 'actorApprovedPreviousEarlierRound'
type PublishAtKind = 'missing' | 'invalid' | 'past' | 'future'

const NOW = new Date('2026-03-01T08:00:00.000Z')
const publishAtVariants: { value: string | undefined; kind: PublishAtKind }[] = [
  { value: undefined, kind: 'missing' },
  { value: 'next tuesday', kind: 'invalid' },
  { value: '2030-02-30T10:00:00Z', kind: 'invalid' },
  { value: '2030-01-01T10:00:00', kind: 'invalid' },
  { value: '2026-03-01T15:59:59+08:00', kind: 'past' },
  { value: '2026-03-01T16:00:01+08:00', kind: 'future' },
]
const commentVariants: (string | undefined)[] = [undefined, '  \n ', '事实有误 / facts wrong']

const brandA: BrandReview = { brandId: 'A', levels: 3, reviewers: { 1: ['r1'], 2: ['r2'], 3: ['r3'] } }
// B lists r2 at a level 3 it does not have: even next to three-level A, r2 must not become a level-3 reviewer.
const brandB: BrandReview = { brandId: 'B', levels: 2, reviewers: { 1: ['r1'], 2: ['r2'], 3: ['r2'] } }
const allBrands = [brandA, brandB]

const setups: { name: string; brandIds: string[]; levels: number; hasReviewers: boolean }[] = [
  { name: 'A', brandIds: ['A'], levels: 3, hasReviewers: true },
  { name: 'B', brandIds: ['B'], levels: 2, hasReviewers: true },
  { name: 'A+B', brandIds: ['A', 'B'], levels: 3, hasReviewers: true },
  { name: 'none', brandIds: [], levels: 1, hasReviewers: false },
  { name: 'unknown brand', brandIds: ['X'], levels: 1, hasReviewers: false },
]

const relationId: Record<Relation, string> = {
  owner: 'o',
  contributor: 'c',
  stranger: 's',
  reviewer1: 'r1',
  reviewer2: 'r2',
  reviewer3: 'r3',
}

function entry(transition: TransitionName, actorId: string, level: number | null): HistoryEntry {
  return { transition, actorId, from: 'draft', to: 'draft', level, at: '2026-02-01T00:00:00Z' }
}

/** Approvals of levels 1..level-1 by 'z', except level-1 by `previous`. */
function round(level: number, previous: string): HistoryEntry[] {
  const out = [entry('submit', 'o', null)]
  for (let k = 1; k < level; k++) out.push(entry('approve', k === level - 1 ? previous : 'z', k))
  return out
}

function historyFor(kind: History, level: number, actorId: string): HistoryEntry[] {
  if (kind === 'fresh') return round(level, 'z')
  if (kind === 'actorApprovedPrevious') return round(level, actorId)
  return [
    ...round(level, actorId),
    entry('return', 'z', level),
    entry('resubmit', 'o', null),
    ...round(level, 'z').slice(1),
  ]
}

type Case = {
  /** A version is public: always in published, never in withdrawn, either way for a revision in another state. */
  live: boolean
  /** A scheduled withdrawal is pending. */
  pending: boolean
  role: ActorRole
  relation: Relation
  transition: TransitionName
  state: WorkflowState
  level: number | null
  levels: number
  hasReviewers: boolean
  history: History
  comment: string | undefined
  publishAt: PublishAtKind
}

type Expected =
  | { ok: true; to: WorkflowState; reviewLevel: number | null; statusEffect: 'draft' | 'published' | 'unchanged' }
  | { ok: false; status: 400 | 403; code: string }

const deny = (status: 400 | 403, code: string): Expected => ({ ok: false, status, code })
const allow = (
  to: WorkflowState,
  reviewLevel: number | null,
  statusEffect: 'draft' | 'published' | 'unchanged',
): Expected => ({
  ok: true,
  to,
  reviewLevel,
  statusEffect,
})

function oracle(c: Case): Expected {
  const system = c.role === 'system'
  const owner = !system && c.relation === 'owner'
  const author = owner || (!system && c.relation === 'contributor')
  const editor = c.role === 'editor'
  const admin = c.role === 'admin'
  const listedLevel = c.relation.startsWith('reviewer') ? Number(c.relation.slice(-1)) : 0
  const listedAt = (k: number | null): boolean => !system && c.hasReviewers && listedLevel === k && k <= c.levels
  const finalSignOff = editor && listedAt(c.levels)
  const t = c.transition
  const s = c.state

  let stateOk: boolean
  if (t === 'submit') stateOk = s === 'draft'
  else if (t === 'resubmit') stateOk = s === 'returned'
  else if (t === 'approve') stateOk = s === 'inReview'
  else if (t === 'return') stateOk = s === 'inReview' || s === 'approved' || s === 'scheduled'
  else if (t === 'publish') stateOk = s === 'approved' || (s === 'inReview' && c.level === c.levels)
  else if (t === 'schedule') stateOk = s === 'approved'
  else if (t === 'unschedule') stateOk = s === 'scheduled'
  else if (
    t === 'withdraw' ||
    t === 'scheduleWithdraw' ||
    t === 'unscheduleWithdraw' ||
    t === 'withdrawScheduled' ||
    t === 'withdrawWithMaster'
  )
    stateOk = c.live
  else if (t === 'restore') stateOk = s === 'withdrawn' || s === 'returned'
  else if (t === 'publishScheduled') stateOk = s === 'scheduled'
  else if (t === 'publishImported') stateOk = s === 'draft'
  else throw new Error(`oracle does not know transition ${String(t)}`)
  if (!stateOk) return deny(400, 'invalidState')
  if ((t === 'unscheduleWithdraw' || t === 'withdrawScheduled') && !c.pending) return deny(400, 'noWithdrawalScheduled')

  if (t === 'publishScheduled' || t === 'publishImported' || t === 'withdrawScheduled' || t === 'withdrawWithMaster') {
    if (!system) return deny(403, 'systemOnly')
  } else {
    let allowed: boolean
    if (system) allowed = false
    else if (t === 'submit' || t === 'resubmit' || t === 'restore') allowed = owner || editor || admin
    else if (t === 'approve') allowed = (editor && listedAt(c.level)) || admin
    else if (t === 'return') allowed = (s === 'inReview' && editor && listedAt(c.level)) || finalSignOff || admin
    else allowed = finalSignOff || admin
    if (!allowed) return deny(403, 'notPermitted')
  }

  if (t === 'approve' || (t === 'publish' && s === 'inReview')) {
    if (author) return deny(403, 'ownWork')
    if (c.history === 'actorApprovedPrevious' && c.level !== null && c.level > 1) return deny(403, 'consecutiveLevel')
  }

  if (
    (t === 'return' || t === 'withdraw' || t === 'scheduleWithdraw') &&
    (c.comment === undefined || c.comment.trim() === '')
  ) {
    return deny(400, 'commentRequired')
  }
  // The matrix sends the same time variant as publishAt and as withdrawAt.
  if (t === 'schedule' || t === 'scheduleWithdraw') {
    const input = t === 'schedule' ? 'publishAt' : 'withdrawAt'
    if (c.publishAt === 'missing') return deny(400, `${input}Required`)
    if (c.publishAt === 'invalid') return deny(400, `${input}Invalid`)
    if (c.publishAt === 'past') return deny(400, `${input}NotFuture`)
  }

  if (t === 'submit' || t === 'resubmit') return allow('inReview', 1, 'unchanged')
  if (t === 'approve') {
    const level = c.level ?? 0
    return level < c.levels ? allow('inReview', level + 1, 'unchanged') : allow('approved', null, 'unchanged')
  }
  if (t === 'return') return allow('returned', null, 'unchanged')
  if (t === 'publish' || t === 'publishScheduled' || t === 'publishImported')
    return allow('published', null, 'published')
  if (t === 'schedule') return allow('scheduled', null, 'unchanged')
  if (t === 'unschedule') return allow('approved', null, 'unchanged')
  if (t === 'withdraw' || t === 'withdrawScheduled' || t === 'withdrawWithMaster')
    return allow('withdrawn', null, 'draft')
  if (t === 'scheduleWithdraw' || t === 'unscheduleWithdraw')
    return allow(s, s === 'inReview' ? c.level : null, 'unchanged')
  return allow('draft', null, 'unchanged')
}

describe('workflow matrix against the spec oracle', () => {
  it('agrees with evaluateTransition and availableTransitions on every combination', () => {
    const actorRoles: ActorRole[] = [...roles, 'system']
    const relations = Object.keys(relationId) as Relation[]
    const histories: History[] = ['fresh', 'actorApprovedPrevious', 'actorApprovedPreviousEarlierRound']
    const mismatches: string[] = []
    let evaluated = 0
    let availabilityChecks = 0
    const outcomes = new Map<string, number>()

    for (const setup of setups) {
      const positions: { state: WorkflowState; level: number | null; live: boolean; pending: boolean }[] = []
      for (const state of workflowStates) {
        const lives = state === 'published' ? [true] : state === 'withdrawn' ? [false] : [false, true]
        const levels = state === 'inReview' ? Array.from({ length: setup.levels }, (_, k) => k + 1) : [null]
        for (const level of levels)
          for (const live of lives) for (const pending of [false, true]) positions.push({ state, level, live, pending })
      }
      for (const role of actorRoles) {
        for (const relation of role === 'system' ? (['stranger'] as Relation[]) : relations) {
          const actor: Actor = role === 'system' ? { kind: 'system' } : { kind: 'user', id: relationId[relation], role }
          for (const { state, level, live, pending } of positions) {
            for (const history of histories) {
              const item: WorkflowItem = {
                ownerId: 'o',
                contributorUserIds: ['c'],
                state,
                reviewLevel: level,
                brandIds: setup.brandIds,
                history: historyFor(history, level ?? 1, role === 'system' ? 'nobody' : relationId[relation]),
                status: live ? 'published' : 'draft',
                withdrawAt: pending ? '2026-03-02T08:00:00.000Z' : null,
              }
              const base = {
                live,
                pending,
                role,
                relation,
                state,
                level,
                levels: setup.levels,
                hasReviewers: setup.hasReviewers,
                history,
              }
              const offered = availableTransitions(actor, item, allBrands, NOW)
              for (const transition of names) {
                for (const comment of commentVariants) {
                  for (const publishAt of publishAtVariants) {
                    const expected = oracle({ ...base, transition, comment, publishAt: publishAt.kind })
                    const result = evaluateTransition({
                      actor,
                      item,
                      transition,
                      brands: allBrands,
                      comment,
                      publishAt: publishAt.value,
                      withdrawAt: publishAt.value,
                      now: NOW,
                    })
                    const actual: Expected = result.ok
                      ? result
                      : { ok: false, status: result.status, code: result.code }
                    evaluated++
                    const key = expected.ok ? 'ok' : `${expected.status} ${expected.code}`
                    outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
                    if (JSON.stringify(actual) !== JSON.stringify(expected) && mismatches.length < 20) {
                      mismatches.push(
                        `${setup.name} ${role}/${relation} ${transition} @${state}${level ?? ''}${live ? ' live' : ''}${pending ? ' pending' : ''} ${history} ` +
                          `comment=${JSON.stringify(comment)} publishAt=${publishAt.value}: ` +
                          `expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`,
                      )
                    }
                  }
                }
                const mayFire = oracle({ ...base, transition, comment: 'ok', publishAt: 'future' }).ok
                availabilityChecks++
                if (offered.includes(transition) !== mayFire && mismatches.length < 20) {
                  mismatches.push(
                    `${setup.name} ${role}/${relation} @${state}${level ?? ''}${live ? ' live' : ''}${pending ? ' pending' : ''} ${history}: ${transition} offered=${!mayFire}`,
                  )
                }
              }
            }
          }
        }
      }
    }

    console.log(
      `workflow matrix: ${evaluated} evaluateTransition cases, ${availabilityChecks} availableTransitions checks ` +
        `(${actorRoles.length} actor roles × ${names.length} transitions × ${workflowStates.length} states, ` +
        `expanded by relation, review level, liveness, pending withdrawal, ${setups.length} brand set-ups, history, comment, time); outcomes ` +
        JSON.stringify(Object.fromEntries([...outcomes].sort())),
    )
    expect(mismatches).toEqual([])
    // Guards against a vacuous matrix: every kind of outcome must actually occur.
    for (const key of [
      'ok',
      '400 invalidState',
      '403 systemOnly',
      '403 notPermitted',
      '403 ownWork',
      '403 consecutiveLevel',
      '400 commentRequired',
      '400 publishAtRequired',
      '400 publishAtInvalid',
      '400 publishAtNotFuture',
      '400 noWithdrawalScheduled',
      '400 withdrawAtRequired',
      '400 withdrawAtInvalid',
      '400 withdrawAtNotFuture',
    ]) {
      expect([key, (outcomes.get(key) ?? 0) > 0]).toEqual([key, true])
    }
  })
})
