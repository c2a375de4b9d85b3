import { Button, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { addDays, parseEditionDay, tomorrowInNewsroom } from '../channels/editionDay'
import {
  loadPrintPlan,
  printPlanTolerance,
  type PrintPlanAnswer,
  type PrintPlanStory,
} from '../channels/endpoints/printPlan'
import type { LengthFlag, PlannedItem } from '../channels/printPlan'
import { bilingual } from '../i18n'
import { actorFromUser } from '../workflow/actor'
import type { WorkflowState } from '../workflow/types'
import { AdminPage } from './AdminPage'
import { formatEditionDay, stateWithLevel } from './channelPanels'

type Lang = 'zh' | 'en'

const words = {
  title: bilingual('admin:channels:printPlan'),
  intro: bilingual('admin:channels:printPlanIntro'),
  editionDate: bilingual('admin:channels:editionDate'),
  show: bilingual('admin:channels:show'),
  previousDay: bilingual('admin:channels:previousDay'),
  nextDay: bilingual('admin:channels:nextDay'),
  noPrintChannels: bilingual('admin:channels:noPrintChannels'),
  nothingPlanned: bilingual('admin:channels:nothingPlanned'),
  unplaced: bilingual('admin:channels:unplaced'),
  headline: bilingual('admin:channels:headline'),
  state: bilingual('admin:channels:state'),
  planned: bilingual('admin:channels:planned'),
  actual: bilingual('admin:channels:actual'),
  delta: bilingual('admin:channels:delta'),
  fromDraft: bilingual('admin:channels:fromDraft'),
  masterUnavailable: bilingual('admin:channels:masterUnavailable'),
}

const flagLabels: Record<LengthFlag, { zh: string; en: string }> = {
  over: bilingual('admin:channels:flagOver'),
  under: bilingual('admin:channels:flagUnder'),
  ok: bilingual('admin:channels:flagOk'),
  unplanned: bilingual('admin:channels:flagUnplanned'),
}

/** Over the plan in red, under it in amber: the two things the night desk must act on. */
const flagStyles: Record<LengthFlag, React.CSSProperties> = {
  over: { color: 'var(--theme-error-600)', background: 'var(--theme-error-50)', fontWeight: 600 },
  under: { color: 'var(--theme-warning-700)', background: 'var(--theme-warning-50)', fontWeight: 600 },
  ok: { color: 'var(--theme-success-600)' },
  unplanned: { color: 'var(--theme-elevation-500)' },
}

const cell: React.CSSProperties = {
  padding: '0.4rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'start',
}
const number: React.CSSProperties = { ...cell, textAlign: 'end', fontVariantNumeric: 'tabular-nums' }

const signed = (delta: number | null): string => (delta === null ? '—' : delta > 0 ? `+${delta}` : String(delta))

const StoryRow = ({
  story,
  lang,
  adminRoute,
}: {
  story: PlannedItem<PrintPlanStory>
  lang: Lang
  adminRoute: string
}) => (
  <tr data-print-story={story.id} data-flag={story.flag} style={flagStyles[story.flag]}>
    <td style={cell}>
      <a href={`${adminRoute}/collections/channel-variants/${story.id}`} style={{ color: 'inherit' }}>
        {story.headline}
      </a>
      {story.countedFrom !== 'live' && (
        <div style={{ fontSize: '0.85em', fontWeight: 400, color: 'var(--theme-elevation-500)' }}>
          {story.countedFrom === 'draft' ? words.fromDraft[lang] : words.masterUnavailable[lang]}
        </div>
      )}
    </td>
    <td style={cell}>{stateWithLevel(story.state as WorkflowState, story.reviewLevel, story.reviewLevels, lang)}</td>
    <td style={number}>{story.plannedLength && story.plannedLength > 0 ? story.plannedLength : '—'}</td>
    <td style={number}>{story.actualLength}</td>
    <td style={number}>{signed(story.delta)}</td>
    <td style={cell} data-print-flag={story.flag}>
      {flagLabels[story.flag][lang]}
    </td>
  </tr>
)

const ChannelPlan = ({ plan, lang, adminRoute }: { plan: PrintPlanAnswer; lang: Lang; adminRoute: string }) => (
  <section data-print-channel={plan.channel.slug} style={{ marginTop: '1.5rem' }}>
    <h2>
      {plan.channel.name} · {formatEditionDay(plan.date)[lang]}
    </h2>
    {plan.pages.length === 0 ? (
      <p style={{ color: 'var(--theme-elevation-500)' }}>{words.nothingPlanned[lang]}</p>
    ) : (
      plan.pages.map((page) => (
        <div key={page.page} data-print-page={page.page} style={{ marginTop: '1rem' }}>
          <h3 style={{ marginBottom: '0.25rem' }}>
            {page.page ? bilingual('admin:channels:page', { page: page.page })[lang] : words.unplaced[lang]}
            <span style={{ fontWeight: 400, fontSize: '0.8em', color: 'var(--theme-elevation-600)' }}>
              {' · '}
              {bilingual('admin:channels:pageTotals', { planned: page.planned, actual: page.actual })[lang]}
            </span>
          </h3>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr style={{ color: 'var(--theme-elevation-600)' }}>
                <th style={cell}>{words.headline[lang]}</th>
                <th style={{ ...cell, width: '11rem' }}>{words.state[lang]}</th>
                <th style={{ ...number, width: '6rem' }}>{words.planned[lang]}</th>
                <th style={{ ...number, width: '6rem' }}>{words.actual[lang]}</th>
                <th style={{ ...number, width: '5rem' }}>{words.delta[lang]}</th>
                <th style={{ ...cell, width: '6rem' }} />
              </tr>
            </thead>
            <tbody>
              {page.items.map((story) => (
                <StoryRow key={story.id} story={story} lang={lang} adminRoute={adminRoute} />
              ))}
            </tbody>
          </table>
        </div>
      ))
    )}
  </section>
)

/**
 * 版面计划 at /admin/print-plan: for the day picked (tomorrow unless `?date=` says otherwise), each print channel's
 * stories page by page (A1, A2 … A10), planned against actual 字数, over the plan in red and under it in amber.
 */
export const PrintPlanView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const adminRoute = req.payload.config.routes.admin
  const page = (children: React.ReactNode) => (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {/* The header's breadcrumb would otherwise still name the last document opened. */}
      <SetStepNav nav={[{ label: words.title[lang] }]} />
      <h1>{words.title[lang]}</h1>
      {children}
    </AdminPage>
  )
  if (!actorFromUser(req.user)) return page(<p>{bilingual('admin:words:pleaseLogIn')[lang]}</p>)

  const asked = typeof searchParams?.date === 'string' ? searchParams.date : null
  const day = asked === null ? tomorrowInNewsroom() : parseEditionDay(asked.trim())
  const { docs: channels } = await req.payload.find({
    collection: 'channels',
    where: { kind: { equals: 'print' } },
    sort: 'createdAt',
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const plans: PrintPlanAnswer[] = []
  if (day) for (const channel of channels) plans.push(await loadPrintPlan(req, channel, day))
  const shown = day ?? tomorrowInNewsroom()
  const link = (target: string) => `${adminRoute}/print-plan?date=${target}`

  return page(
    <>
      <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>{words.intro[lang]}</p>
      <p style={{ color: 'var(--theme-elevation-600)' }}>
        {bilingual('admin:channels:tolerance', { percent: Math.round(printPlanTolerance * 100) })[lang]}
      </p>
      <form
        method="get"
        action={`${adminRoute}/print-plan`}
        style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' }}
      >
        <label htmlFor="print-plan-date">{words.editionDate[lang]}</label>
        <input id="print-plan-date" type="date" name="date" defaultValue={shown} required />
        <Button type="submit" id="print-plan-show" size="small" margin={false}>
          {words.show[lang]}
        </Button>
        <a href={link(addDays(shown, -1))} id="print-plan-previous">
          {words.previousDay[lang]}
        </a>
        <a href={link(addDays(shown, 1))} id="print-plan-next">
          {words.nextDay[lang]}
        </a>
      </form>
      {!day && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {bilingual('admin:channels:errors:dateInvalid', { value: (asked ?? '').slice(0, 40) })[lang]}
        </p>
      )}
      {day && channels.length === 0 && <p>{words.noPrintChannels[lang]}</p>}
      {plans.map((plan) => (
        <ChannelPlan key={plan.channel.id} plan={plan} lang={lang} adminRoute={adminRoute} />
      ))}
    </>,
  )
}
