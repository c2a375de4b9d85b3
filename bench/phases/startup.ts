import { request } from 'node:http'

import { startServer, type AppPaths } from '../lib/app'
import { groupRss, stopGroup } from '../lib/proc'
import { median, spread, type Spread } from '../lib/stats'
import { login } from './writes'

/**
 * P4: cold start of the production server (`npm start` to the first /readyz 200, after `npm run build`), its memory
 * when ready, and the admin's article list (`/admin/collections/articles`, logged in): time to first byte of the
 * first request after start (route code loads) and of later ones.
 */

export interface Ttfb {
  status: number
  firstByteMs: number
  totalMs: number
  bytes: number
}

export const timeFirstByte = (url: string, headers: Record<string, string>): Promise<Ttfb> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(url, { headers }, (res) => {
      let firstByteMs = NaN
      let bytes = 0
      res.on('data', (chunk: Buffer) => {
        if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started
        bytes += chunk.length
      })
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          firstByteMs: Number.isNaN(firstByteMs) ? performance.now() - started : firstByteMs,
          totalMs: performance.now() - started,
          bytes,
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })

export interface StartupRep {
  readyMs: number
  rssLargestMB: number
  rssTotalMB: number
  adminFirst: Ttfb
  adminWarmFirstByteMs: number
  adminWarmTotalMs: number
}

export const measureStartup = async (
  paths: AppPaths,
  options: { email: string; password: string; logFile: string; warmRequests: number },
): Promise<StartupRep> => {
  const server = await startServer(paths, { logFile: options.logFile })
  try {
    const rss = groupRss(server.child.pid as number)
    const token = await login(server.url, options.email, options.password)
    const headers = { Cookie: `payload-token=${token}`, 'Accept-Language': 'zh-CN,zh;q=0.9', Accept: 'text/html' }
    const listUrl = `${server.url}/admin/collections/articles`
    const adminFirst = await timeFirstByte(listUrl, headers)
    if (adminFirst.status !== 200) throw new Error(`${listUrl} answered ${adminFirst.status} (not logged in?)`)
    const warm: Ttfb[] = []
    for (let i = 0; i < options.warmRequests; i++) warm.push(await timeFirstByte(listUrl, headers))
    return {
      readyMs: server.readyMs,
      rssLargestMB: rss.largestMB,
      rssTotalMB: rss.totalMB,
      adminFirst,
      adminWarmFirstByteMs: median(warm.map((entry) => entry.firstByteMs)),
      adminWarmTotalMs: median(warm.map((entry) => entry.totalMs)),
    }
  } finally {
    await stopGroup(server)
  }
}

export interface StartupSeries {
  reps: StartupRep[]
  readyMs: Spread
  rssLargestMB: Spread
  adminFirstByteMs: Spread
  adminFirstTotalMs: Spread
  adminWarmFirstByteMs: Spread
  adminWarmTotalMs: Spread
  adminBytes: number
}

export const summariseStartup = (reps: StartupRep[]): StartupSeries => ({
  reps,
  readyMs: spread(reps.map((rep) => rep.readyMs)),
  rssLargestMB: spread(reps.map((rep) => rep.rssLargestMB)),
  adminFirstByteMs: spread(reps.map((rep) => rep.adminFirst.firstByteMs)),
  adminFirstTotalMs: spread(reps.map((rep) => rep.adminFirst.totalMs)),
  adminWarmFirstByteMs: spread(reps.map((rep) => rep.adminWarmFirstByteMs)),
  adminWarmTotalMs: spread(reps.map((rep) => rep.adminWarmTotalMs)),
  adminBytes: reps[0]?.adminFirst.bytes ?? 0,
})
