/**
 * 版面计划: tomorrow's paper page by page (版次), each story's planned length against what it has become, so the
 * night desk sees which story will not fit its hole before the page is made up. Pure.
 */

export interface PrintPlanItem {
  id: string
  headline: string
  /** 版次 ("A1", "6"); null or blank: not yet placed. */
  page: string | null
  /** Characters the page has room for (字数); null, zero or negative: no plan yet. */
  plannedLength: number | null
  /** Characters the story has now, counted as the plan is (countCharacters). */
  actualLength: number
  state: string
}

/** over/under: off the plan by more than the tolerance; unplanned: no planned length to compare with. */
export type LengthFlag = 'over' | 'under' | 'ok' | 'unplanned'

export type PlannedItem<Item extends PrintPlanItem = PrintPlanItem> = Item & {
  /** actual − planned; null when unplanned. */
  delta: number | null
  flag: LengthFlag
}

export interface PrintPage<Item extends PrintPlanItem = PrintPlanItem> {
  /** '' gathers the stories without a page. */
  page: string
  /** In the order given (the desk's running order). */
  items: PlannedItem<Item>[]
  /** Sum of the planned lengths (unplanned stories add nothing). */
  planned: number
  /** Sum of the actual lengths of every story on the page. */
  actual: number
}

/**
 * The key a page is filed under: "a1", "Ａ１" (full-width, as typed with a Chinese input method) and " A1 " are all
 * page A1.
 */
export const pageKey = (page: string | null): string => (page ?? '').normalize('NFKC').trim().toUpperCase()

// Numbers inside page names compare as numbers: A2 before A10, 2 before 10.
const collator = new Intl.Collator('zh', { numeric: true })

/** Page order in the paper: naturally (A1 < A2 < A10 < B1), unplaced stories ('') last. */
export const comparePages = (a: string, b: string): number =>
  a === '' || b === '' ? Number(a === '') - Number(b === '') : collator.compare(a, b)

const hasPlan = (planned: number | null): planned is number =>
  typeof planned === 'number' && Number.isFinite(planned) && planned > 0

/**
 * A story against its plan. Exactly at the tolerance is ok; the epsilon keeps floating point (35 % of 180 is
 * 62.99999999999999) from deciding a whole character.
 */
export const lengthFlag = (
  planned: number | null,
  actual: number,
  tolerance: number,
): { delta: number | null; flag: LengthFlag } => {
  if (!hasPlan(planned)) return { delta: null, flag: 'unplanned' }
  const delta = actual - planned
  const margin = tolerance * planned + 1e-9
  return { delta, flag: delta > margin ? 'over' : delta < -margin ? 'under' : 'ok' }
}

/** The paper by page, each page's stories flagged against their plan; `tolerance` is a share (0.1: ±10 %). */
export const printDayPlan = <Item extends PrintPlanItem>(
  items: Item[],
  tolerance = 0.1,
): { pages: PrintPage<Item>[] } => {
  if (!Number.isFinite(tolerance) || tolerance < 0)
    throw new RangeError(`printDayPlan: tolerance must be a share of 0 or more, got ${tolerance}`)
  const pages = new Map<string, PrintPage<Item>>()
  for (const item of items) {
    const key = pageKey(item.page)
    const page = pages.get(key) ?? { page: key, items: [], planned: 0, actual: 0 }
    pages.set(key, page)
    page.items.push({ ...item, ...lengthFlag(item.plannedLength, item.actualLength, tolerance) })
    if (hasPlan(item.plannedLength)) page.planned += item.plannedLength
    page.actual += item.actualLength
  }
  return { pages: [...pages.values()].sort((a, b) => comparePages(a.page, b.page)) }
}
