import type { PreflightProblem } from '../channels/types'
import { bilingual, bilingualWith, type Label } from '../i18n'
import { reviewLevelLabel, stateLabels } from '../workflow/labels'
import type { WorkflowState } from '../workflow/types'

type Lang = 'zh' | 'en'

/** A problem as the panels print it: one line, in the admin's language. */
export interface ProblemLine {
  code: string
  text: string
}

/**
 * Preflight's problems as lines. WeChat names every image it does not host, one problem each (the fixture story has
 * 13): those become one line with their number, since the panel lists the images themselves beside it.
 */
export const problemLines = (problems: Pick<PreflightProblem, 'code' | 'message'>[], lang: Lang): ProblemLine[] => {
  const images = problems.filter((problem) => problem.code === 'imageNotHosted')
  const lines: ProblemLine[] = []
  for (const problem of problems) {
    if (problem.code !== 'imageNotHosted') lines.push({ code: problem.code, text: problem.message[lang] })
    else if (problem === images[0])
      lines.push({
        code: problem.code,
        text:
          images.length === 1
            ? problem.message[lang]
            : bilingual('admin:channels:imagesNotHosted', { count: images.length })[lang],
      })
  }
  return lines
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The first few problem lines, each cut to a sidebar's width, and how many more there are. */
export const shortProblems = (
  problems: Pick<PreflightProblem, 'code' | 'message'>[],
  lang: Lang,
  { lines = 2, characters = 48 }: { lines?: number; characters?: number } = {},
): { lines: ProblemLine[]; more: number } => {
  const all = problemLines(problems, lang)
  return {
    lines: all.slice(0, lines).map((line) => ({ ...line, text: clip(line.text, characters) })),
    more: Math.max(0, all.length - lines),
  }
}

/** 审核中 · 初审（1/3）: the state, and the level where the item is in review. */
export const stateWithLevel = (
  state: WorkflowState,
  reviewLevel: number | null,
  levels: number | null,
  lang: Lang,
): string => {
  const label = stateLabels[state]?.[lang] ?? state
  if (state !== 'inReview' || !reviewLevel || !levels) return label
  const level = reviewLevelLabel(reviewLevel, levels)[lang]
  return `${label} · ${level}（${reviewLevel}/${levels}）`
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An edition day (YYYY-MM-DD) as the desk writes it: 2026年12月5日, 5 Dec 2026. */
export const formatEditionDay = (day: string): Label => {
  const [year, month, date] = day.split('-').map(Number)
  return bilingualWith('admin:channels:editionDay', {
    year: String(year),
    month: { zh: String(month), en: monthsEn[month - 1] ?? '' },
    day: String(date),
  })
}
