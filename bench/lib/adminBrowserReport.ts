import type { AdminBrowserSeries } from '../phases/adminBrowser'
import { fmt, fmtSpread, type Spread } from './stats'

const row = (label: string, values: Spread & { p90?: number }, target: string) =>
  `| ${label} | ${fmtSpread(values, ' ms')} | ${values.p90 === undefined ? '–' : `${fmt(values.p90)} ms`} | ${target} |`

/** P6: how soon the edit view is usable and a transition shows, for an editor in Chromium (issue #14's targets). */
export const adminBrowserLines = (series: AdminBrowserSeries): string[] => [
  `Debian's Chromium (headless, zh-CN, one tab logged in as the 初审 editor with a \`payload-token\` cookie) against the production server (\`npm start\`) on the fixture database. Per repetition, ${series.stories + 1} new stories are created and submitted by the reporter over REST; the first is opened once (cold for this browser), then each of the others is opened ("usable": the headline field is there and the workflow panel has loaded and offers 通过), passed with 通过 (click until the panel shows the next level), and a published archive article is opened. Times from \`page.goto\` / the click, over all repetitions.`,
  '',
  '| figure | median (min–max) | p90 | #14 asks |',
  '| --- | ---: | ---: | ---: |',
  row('edit view, first open in a new browser', series.firstOpen, '–'),
  row('edit view, story in review (warm)', series.reviewOpen, '≤ 1,500 ms'),
  row('edit view, published archive article (warm)', series.archiveOpen, '≤ 1,500 ms'),
  row('通过 clicked → panel shows the next level', series.transition, '≤ 1,000 ms'),
  '',
]
