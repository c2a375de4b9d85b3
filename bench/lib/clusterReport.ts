import type { ClusterResults } from '../phases/cluster'
import { fmt, fmtSpread } from './stats'

/** P5: reads through nginx with one web instance against two, and how soon a change on one is seen on the other. */
export const clusterLines = (cluster: ClusterResults): string[] => [
  `Two production servers (\`npm start\`, JOBS_AUTORUN=false, REDIS_URL) on one SQLite database and one redis-server, each front the shipped deploy/nginx.conf (one worker) with the upstream swapped: instance A alone, or A and B (round robin). wrk, ${cluster.connections} connections, ${cluster.threads} threads, ${cluster.durationSeconds} s per run, fronts interleaved per repetition; wrk, nginx and both instances share the machine's cores.`,
  '',
  '| through nginx | one web: req/s | two web: req/s | two ÷ one (per rep) | p99 one / two |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...cluster.reads.map(
    (read) =>
      `| ${read.label} | ${fmtSpread(read.oneWeb.rps)} | ${fmtSpread(read.twoWeb.rps)} | ${fmtSpread(read.ratio)} | ${fmt(read.oneWeb.p99.median)} / ${fmt(read.twoWeb.p99.median)} ms${read.errors ? ` (${read.errors} errors)` : ''} |`,
  ),
  '',
  `Publish-to-visible across instances: ${cluster.trials} stories, each taken to 终审 on A through the workflow API, read once on B and through the front (so both hold "not found"), published on A, then withdrawn on B. Milliseconds from the transition's answer until a reader sees it, polling every 10 ms.`,
  '',
  '| change | seen by | p50 | p90 | p99 | max | not seen in 10 s |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...cluster.visibility.map((entry) => {
    const [change, seenBy] = entry.what.split(' → ')
    return `| ${change} | ${seenBy} | ${fmt(entry.p50)} | ${fmt(entry.p90)} | ${fmt(entry.p99)} | ${fmt(entry.max)} | ${entry.missed} |`
  }),
  '',
]
