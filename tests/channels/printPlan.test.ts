import { describe, expect, it } from '@jest/globals'

import { comparePages, lengthFlag, pageKey, printDayPlan, type PrintPlanItem } from '../../src/channels/printPlan'

/** Tomorrow's Qingdao Daily as the night desk plans it. */
const story = (id: string, page: string | null, plannedLength: number | null, actualLength: number): PrintPlanItem => ({
  id,
  headline: `稿件${id}`,
  page,
  plannedLength,
  actualLength,
  state: 'inReview',
})

describe('printDayPlan', () => {
  it('orders pages as the paper runs: A2 before A10, B after A, unplaced stories last', () => {
    const plan = printDayPlan([
      story('1', 'B1', 800, 800),
      story('2', null, null, 500),
      story('3', 'A10', 1200, 1200),
      story('4', 'A2', 1500, 1500),
      story('5', 'A1', 2000, 2000),
      story('6', '  ', 600, 600),
    ])
    expect(plan.pages.map((page) => page.page)).toEqual(['A1', 'A2', 'A10', 'B1', ''])
    expect(plan.pages.at(-1)?.items.map((item) => item.id)).toEqual(['2', '6'])
  })

  it('orders numbered pages by number: 1, 2, 10', () => {
    const plan = printDayPlan([story('a', '10', 1, 1), story('b', '2', 1, 1), story('c', '1', 1, 1)])
    expect(plan.pages.map((page) => page.page)).toEqual(['1', '2', '10'])
  })

  it('files "a1", " A1 " and the full-width "Ａ１" under page A1, stories in the order given', () => {
    const plan = printDayPlan([story('x', 'a1', 100, 100), story('y', ' A1 ', 100, 100), story('z', 'Ａ１', 100, 100)])
    expect(plan.pages).toHaveLength(1)
    expect(plan.pages[0].page).toBe('A1')
    expect(plan.pages[0].items.map((item) => item.id)).toEqual(['x', 'y', 'z'])
  })

  it('flags a story more than 10 % over or under its plan; exactly 10 % off is ok', () => {
    const plan = printDayPlan([
      story('over', 'A1', 1000, 1101),
      story('edge-over', 'A1', 1000, 1100),
      story('under', 'A1', 1000, 899),
      story('edge-under', 'A1', 1000, 900),
    ])
    expect(plan.pages[0].items.map(({ id, delta, flag }) => ({ id, delta, flag }))).toEqual([
      { id: 'over', delta: 101, flag: 'over' },
      { id: 'edge-over', delta: 100, flag: 'ok' },
      { id: 'under', delta: -101, flag: 'under' },
      { id: 'edge-under', delta: -100, flag: 'ok' },
    ])
  })

  it('a story without a plan (none, zero, negative) is unplanned and adds nothing to the planned total', () => {
    const plan = printDayPlan([
      story('none', 'A3', null, 700),
      story('zero', 'A3', 0, 50),
      story('negative', 'A3', -5, 10),
      story('planned', 'A3', 1000, 1200),
    ])
    expect(plan.pages).toEqual([
      {
        page: 'A3',
        planned: 1000,
        actual: 1960,
        items: [
          { ...story('none', 'A3', null, 700), delta: null, flag: 'unplanned' },
          { ...story('zero', 'A3', 0, 50), delta: null, flag: 'unplanned' },
          { ...story('negative', 'A3', -5, 10), delta: null, flag: 'unplanned' },
          { ...story('planned', 'A3', 1000, 1200), delta: 200, flag: 'over' },
        ],
      },
    ])
  })

  it('keeps the fields the caller added to each story', () => {
    const plan = printDayPlan([{ ...story('1', 'A1', 100, 100), section: '机关党建' }])
    expect(plan.pages[0].items[0].section).toBe('机关党建')
  })

  it('exactly at the tolerance stays ok where floating point would tip it (35 % of 180 is 62.99999999999999)', () => {
    const [page] = printDayPlan([story('up', 'A1', 180, 243), story('down', 'A1', 180, 117)], 0.35).pages
    expect(page.items.map(({ delta, flag }) => ({ delta, flag }))).toEqual([
      { delta: 63, flag: 'ok' },
      { delta: -63, flag: 'ok' },
    ])
  })

  it('takes its tolerance as a share: 0 flags any difference, 0.25 allows a quarter', () => {
    expect(printDayPlan([story('1', 'A1', 1000, 1001)], 0).pages[0].items[0].flag).toBe('over')
    expect(printDayPlan([story('1', 'A1', 1000, 1000)], 0).pages[0].items[0].flag).toBe('ok')
    expect(printDayPlan([story('1', 'A1', 1000, 750)], 0.25).pages[0].items[0].flag).toBe('ok')
    expect(printDayPlan([story('1', 'A1', 1000, 749)], 0.25).pages[0].items[0].flag).toBe('under')
  })

  it('refuses a tolerance that is not a share', () => {
    for (const tolerance of [-0.1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => printDayPlan([story('1', 'A1', 1000, 1000)], tolerance)).toThrow(RangeError)
  })

  it('an empty day has no pages', () => {
    expect(printDayPlan([])).toEqual({ pages: [] })
  })
})

describe('page order and length flags', () => {
  it('compares pages naturally with unplaced last', () => {
    expect(['A10', '', 'B1', 'A2', 'A1'].sort(comparePages)).toEqual(['A1', 'A2', 'A10', 'B1', ''])
    expect(pageKey(null)).toBe('')
    expect(pageKey(' ｂ２ ')).toBe('B2')
  })

  it('flags against the plan', () => {
    expect(lengthFlag(null, 10, 0.1)).toEqual({ delta: null, flag: 'unplanned' })
    expect(lengthFlag(2000, 2300, 0.1)).toEqual({ delta: 300, flag: 'over' })
  })
})
