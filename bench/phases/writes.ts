import { percentile, spread, type Spread } from '../lib/stats'
import { storyToLexical } from '../../src/import/storyToLexical'

/**
 * P2: one story through the editorial workflow over REST, one request at a time (SQLite has one writer; latency is
 * the figure), against stock Payload updates of the same document.
 *
 *   step        workflow (our app)                                   stock (bench/baseline)
 *   create      POST /api/articles?draft=true (reporter)              same
 *   saveDraft   PATCH /api/articles/:id?draft=true (reporter)         same
 *   submit      POST …/:id/workflow/submit (reporter)                 PATCH ?draft=true {workflowState, reviewLevel: 1}
 *   approve     POST …/:id/workflow/approve (初审 editor, level 1→2)   PATCH ?draft=true {reviewLevel: 2}
 *   publish     POST …/:id/workflow/publish (终审 chief signs off)     PATCH {_status: published, workflowState}
 */

export const writeSteps = ['create', 'saveDraft', 'submit', 'approve', 'publish'] as const
export type WriteStep = (typeof writeSteps)[number]
export type WriteMode = 'workflow' | 'stock'

export interface Tokens {
  reporter: string
  editor: string
  chief: string
}

export interface StoryInput {
  brandId: string
  sectionId: string
  reporterId: string
}

const json = { 'Content-Type': 'application/json', 'Accept-Language': 'en' }

export const login = async (base: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !body.token)
    throw new Error(`login ${email} at ${base}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body.token
}

const call = async (
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ ms: number; data: Record<string, unknown> }> => {
  const started = performance.now()
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...json, Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 400)}`)
  return { ms, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

const paragraphs = [
  '本报讯 日前，青岛市委市直机关工委召开专题会议，研究部署下一阶段机关党建重点工作，要求各级党组织把学习贯彻党的二十届三中全会精神作为首要政治任务，推动机关党建与业务工作深度融合。',
  '会议强调，要坚持问题导向，聚焦群众急难愁盼，深化“我为群众办实事”实践活动，推动一批民生实事落地见效，以机关作风建设新成效服务保障全市高质量发展。',
  '据介绍，今年以来，全市机关各级党组织累计开展主题党日活动3200余场，组织党员干部深入基层一线调研1.2万人次，帮助企业和群众解决实际问题800余个。',
  '下一步，市委市直机关工委将持续深化模范机关建设，健全完善党建工作责任体系，加强党务干部队伍建设，奋力书写中国式现代化青岛实践的“机关答卷”。',
]

const lexical = (texts: string[]) =>
  storyToLexical(
    texts.map((text) => ({ type: 'paragraph' as const, text })),
    [],
  )

let serial = 0

const createStory = async (base: string, tokens: Tokens, input: StoryInput) => {
  serial++
  const headline = `机关党建工作部署会召开 第${process.pid}-${Date.now().toString(36)}-${serial}期`
  const created = await call(base, tokens.reporter, 'POST', '/api/articles?draft=true&depth=0', {
    kicker: '机关党建',
    headline,
    summary: paragraphs[0],
    dateline: '本报讯',
    body: lexical(paragraphs),
    contributors: [{ role: 'reporter', name: '任晓萌', user: input.reporterId }],
    brands: [input.brandId],
    sections: [input.sectionId],
    tags: ['机关党建'],
  })
  return { headline, ms: created.ms, id: String((created.data.doc as { id?: string } | undefined)?.id) }
}

/** A new story the reporter has submitted, waiting for 初审; returns its id. */
export const storySubmitted = async (base: string, tokens: Tokens, input: StoryInput): Promise<string> => {
  const { id } = await createStory(base, tokens, input)
  await call(base, tokens.reporter, 'POST', `/api/articles/${id}/workflow/submit`, {})
  return id
}

/** A new story submitted and passed by 初审, waiting for the chief's 签发 (`publish`); returns its id. */
export const storyAwaitingSignOff = async (base: string, tokens: Tokens, input: StoryInput): Promise<string> => {
  const id = await storySubmitted(base, tokens, input)
  await call(base, tokens.editor, 'POST', `/api/articles/${id}/workflow/approve`, { comment: '初审通过' })
  return id
}

/** A workflow transition by the chief (终审): `publish`, `withdraw` (with a reason) and the like. */
export const chiefFires = async (base: string, tokens: Tokens, id: string, transition: string, comment?: string) =>
  (await call(base, tokens.chief, 'POST', `/api/articles/${id}/workflow/${transition}`, comment ? { comment } : {})).ms

/** One story from creation to publication; returns the milliseconds of each step. */
export const writeCycle = async (
  base: string,
  mode: WriteMode,
  tokens: Tokens,
  input: StoryInput,
): Promise<Record<WriteStep, number>> => {
  const { headline, ms, id } = await createStory(base, tokens, input)
  const times = { create: ms } as Record<WriteStep, number>
  times.saveDraft = (
    await call(base, tokens.reporter, 'PATCH', `/api/articles/${id}?draft=true&depth=0`, {
      headline: `${headline}（修改）`,
    })
  ).ms
  if (mode === 'workflow') {
    times.submit = (await call(base, tokens.reporter, 'POST', `/api/articles/${id}/workflow/submit`, {})).ms
    times.approve = (
      await call(base, tokens.editor, 'POST', `/api/articles/${id}/workflow/approve`, { comment: '初审通过' })
    ).ms
    times.publish = (await call(base, tokens.chief, 'POST', `/api/articles/${id}/workflow/publish`, {})).ms
  } else {
    times.submit = (
      await call(base, tokens.reporter, 'PATCH', `/api/articles/${id}?draft=true&depth=0`, {
        workflowState: 'inReview',
        reviewLevel: 1,
      })
    ).ms
    times.approve = (
      await call(base, tokens.editor, 'PATCH', `/api/articles/${id}?draft=true&depth=0`, { reviewLevel: 2 })
    ).ms
    times.publish = (
      await call(base, tokens.chief, 'PATCH', `/api/articles/${id}?depth=0`, {
        _status: 'published',
        workflowState: 'published',
        reviewLevel: null,
      })
    ).ms
  }
  return times
}

export interface WriteRep {
  p50: Record<WriteStep, number>
  p95: Record<WriteStep, number>
  /** the whole story (five requests), p50 */
  cycleP50: number
}

export const writeRep = async (
  base: string,
  mode: WriteMode,
  tokens: Tokens,
  input: StoryInput,
  cycles: number,
  warmup: number,
): Promise<WriteRep> => {
  for (let i = 0; i < warmup; i++) await writeCycle(base, mode, tokens, input)
  const samples = Object.fromEntries(writeSteps.map((step) => [step, [] as number[]])) as Record<WriteStep, number[]>
  const totals: number[] = []
  for (let i = 0; i < cycles; i++) {
    const times = await writeCycle(base, mode, tokens, input)
    for (const step of writeSteps) samples[step].push(times[step])
    totals.push(writeSteps.reduce((sum, step) => sum + times[step], 0))
  }
  const by = (p: number) =>
    Object.fromEntries(writeSteps.map((step) => [step, percentile(samples[step], p)])) as Record<WriteStep, number>
  return { p50: by(50), p95: by(95), cycleP50: percentile(totals, 50) }
}

export interface WriteSeries {
  p50: Record<WriteStep, Spread>
  p95: Record<WriteStep, Spread>
  cycleP50: Spread
}

export const summariseWrites = (reps: WriteRep[]): WriteSeries => ({
  p50: Object.fromEntries(writeSteps.map((step) => [step, spread(reps.map((rep) => rep.p50[step]))])) as Record<
    WriteStep,
    Spread
  >,
  p95: Object.fromEntries(writeSteps.map((step) => [step, spread(reps.map((rep) => rep.p95[step]))])) as Record<
    WriteStep,
    Spread
  >,
  cycleP50: spread(reps.map((rep) => rep.cycleP50)),
})
