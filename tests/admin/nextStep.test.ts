import { describe, expect, it } from '@jest/globals'

import { formatDateTime, formatWaiting } from '../../src/admin/formatDate'
import { actionHelp, historyLabel } from '../../src/admin/workflowView'
import { nextStep, stateSince } from '../../src/workflow/nextActor'
import type { BrandReview, HistoryEntry, Role, WorkflowItem, WorkflowState } from '../../src/workflow/types'

// 青岛日报: 三审; 观海新闻: 二审 (its level 2 is the chief, who is also 青岛日报's 终审).
const qdrb: BrandReview = { brandId: 'qdrb', levels: 3, reviewers: { 1: ['chu', 'rep'], 2: ['fu'], 3: ['zhong'] } }
const ghxw: BrandReview = { brandId: 'ghxw', levels: 2, reviewers: { 1: ['chu'], 2: ['zhong'] } }
const roles = new Map<string, Role>([
  ['rep', 'reporter'],
  ['chu', 'editor'],
  ['fu', 'editor'],
  ['zhong', 'editor'],
])
const item = (state: WorkflowState, overrides: Partial<WorkflowItem> = {}): WorkflowItem => ({
  ownerId: 'rep',
  contributorUserIds: [],
  state,
  reviewLevel: state === 'inReview' ? 1 : null,
  brandIds: ['qdrb'],
  history: [],
  ...overrides,
})
const entry = (
  transition: HistoryEntry['transition'],
  actorId: string,
  level: number | null,
  at: string,
): HistoryEntry => ({
  transition,
  actorId,
  from: 'inReview',
  to: 'inReview',
  level,
  at,
})

describe('who acts next (from the workflow table)', () => {
  it('a draft or a returned story waits for its author, who submits or resubmits', () => {
    expect(nextStep(item('draft'), [qdrb], roles)).toEqual({
      kind: 'author',
      transitions: ['submit'],
      userIds: ['rep'],
    })
    expect(nextStep(item('returned'), [qdrb], roles)).toEqual({
      kind: 'author',
      transitions: ['resubmit'],
      userIds: ['rep'],
    })
  })

  it('in review, the level’s reviewers per brand act, minus anyone the table refuses (own work)', () => {
    // 'rep' is listed at level 1 but wrote the story (and is no editor): only 'chu' may act.
    expect(nextStep(item('inReview'), [qdrb], roles)).toEqual({
      kind: 'review',
      level: 1,
      levels: 3,
      signOff: false,
      byBrand: [{ brandId: 'qdrb', userIds: ['chu'] }],
    })
  })

  it('whoever approved the previous level this round is not named for the next one', () => {
    const history = [
      entry('submit', 'rep', null, '2026-12-01T00:00:00Z'),
      entry('approve', 'fu', 1, '2026-12-01T01:00:00Z'),
    ]
    const step = nextStep(
      item('inReview', { reviewLevel: 2, history }),
      [{ ...qdrb, reviewers: { ...qdrb.reviewers, 2: ['fu', 'chu'] } }],
      roles,
    )
    expect(step).toMatchObject({ kind: 'review', level: 2, byBrand: [{ brandId: 'qdrb', userIds: ['chu'] }] })
  })

  it('the last level is a sign-off, and each brand that reaches it names its reviewers', () => {
    const both = item('inReview', { reviewLevel: 2, brandIds: ['ghxw'] })
    expect(nextStep(both, [ghxw], roles)).toEqual({
      kind: 'review',
      level: 2,
      levels: 2,
      signOff: true,
      byBrand: [{ brandId: 'ghxw', userIds: ['zhong'] }],
    })
    // A story in both brands has three levels: at level 2 the daily's 复审 acts, and 观海新闻's level-2 editor too.
    const step = nextStep(item('inReview', { reviewLevel: 2, brandIds: ['qdrb', 'ghxw'] }), [qdrb, ghxw], roles)
    expect(step).toMatchObject({ kind: 'review', level: 2, levels: 3, signOff: false })
  })

  it('an approved story waits for the final sign-off; a scheduled one for nobody', () => {
    expect(nextStep(item('approved', { brandIds: ['qdrb', 'ghxw'] }), [qdrb, ghxw], roles)).toEqual({
      kind: 'signOff',
      byBrand: [{ brandId: 'qdrb', userIds: ['zhong'] }],
    })
    expect(nextStep(item('scheduled'), [qdrb], roles)).toEqual({ kind: 'scheduled' })
    expect(nextStep(item('published'), [qdrb], roles)).toEqual({ kind: 'none' })
  })

  it('since: the latest transition', () => {
    expect(stateSince([])).toBeNull()
    expect(stateSince([entry('submit', 'rep', null, 'a'), entry('approve', 'chu', 1, 'b')])).toBe('b')
  })
})

describe('the admin’s words for the workflow', () => {
  it('通过 hands on to the next level or to 待发布; 签发 publishes now', () => {
    expect(actionHelp('approve', 1, 3)?.zh).toBe('本级审核通过，转交复审；尚未发布。')
    expect(actionHelp('approve', 3, 3)?.zh).toContain('待发布')
    expect(actionHelp('publish', 3, 3)?.zh).toContain('立即签发发布')
    expect(actionHelp('submit', null, 3)).toBeNull()
  })

  it('history lines use the table’s labels, with the level for reviews', () => {
    expect(historyLabel({ transition: 'submit', level: null }, 3)).toEqual({ zh: '提交审核', en: 'Submit for review' })
    expect(historyLabel({ transition: 'approve', level: 2 }, 3).zh).toBe('通过（复审）')
  })

  it('one date format, in the newsroom’s time zone', () => {
    expect(formatDateTime('2026-12-02T04:31:00Z', 'zh')).toBe('2026年12月2日 12:31')
    expect(formatDateTime('2026-01-09T16:05:00Z', 'zh')).toBe('2026年1月10日 00:05')
    expect(formatDateTime('2026-12-02T04:31:00Z', 'en')).toBe('2 Dec 2026 12:31')
    expect(formatDateTime(null, 'zh')).toBe('')
    expect(formatWaiting('2026-12-02T04:00:00Z', 'zh', new Date('2026-12-02T07:30:00Z'))).toBe('3小时')
  })
})

describe('字数', () => {
  it('counts characters without whitespace and punctuation', async () => {
    const { countCharacters, lexicalText } = await import('../../src/admin/characterCount')
    expect(countCharacters('党建引领，发展！')).toBe(6)
    expect(countCharacters(' 2024年 3月 ')).toBe(7)
    const body = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '机关党建，' },
              { type: 'text', text: '走在前列。' },
            ],
          },
          { type: 'block', fields: { blockType: 'intertitle', blockName: '备注不计', id: 'x', text: '小标题' } },
        ],
      },
    }
    expect(lexicalText(body)).toBe('机关党建，\n走在前列。\n小标题')
    expect(countCharacters(lexicalText(body))).toBe(11)
  })
})
