import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One wrk run at a fixed connection count and duration; latencies in ms. */

export interface WrkOptions {
  url: string
  connections: number
  threads: number
  durationSeconds: number
  /** wrk's per-request timeout; long, so slow endpoints are measured instead of dropped as timeouts */
  timeoutSeconds?: number
}

export interface WrkResult {
  requests: number
  seconds: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  mean: number
  bytesPerResponse: number
  /** non-2xx/3xx answers, socket errors and timeouts: a run with any is flagged */
  errors: number
  errorDetail: string
}

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-report.lua')

interface WrkJson {
  requests: number
  durationUs: number
  bytes: number
  connectErrors: number
  readErrors: number
  writeErrors: number
  non2xx: number
  timeouts: number
  p50Us: number
  p90Us: number
  p99Us: number
  maxUs: number
  meanUs: number
}

export const runWrk = (options: WrkOptions): Promise<WrkResult> =>
  new Promise((resolve, reject) => {
    const args = [
      `-t${options.threads}`,
      `-c${options.connections}`,
      `-d${options.durationSeconds}s`,
      `--timeout`,
      `${options.timeoutSeconds ?? 30}s`,
      '-s',
      script,
      options.url,
    ]
    execFile('wrk', args, { encoding: 'utf8', maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const line = stdout.split('\n').find((entry) => entry.startsWith('WRK_JSON '))
      if (!line) {
        reject(new Error(`wrk produced no result (${error?.message ?? ''}): ${stderr}${stdout}`))
        return
      }
      const json = JSON.parse(line.slice('WRK_JSON '.length)) as WrkJson
      const seconds = json.durationUs / 1e6
      const errors = json.connectErrors + json.readErrors + json.writeErrors + json.non2xx + json.timeouts
      resolve({
        requests: json.requests,
        seconds,
        rps: json.requests / seconds,
        p50: json.p50Us / 1000,
        p90: json.p90Us / 1000,
        p99: json.p99Us / 1000,
        max: json.maxUs / 1000,
        mean: json.meanUs / 1000,
        bytesPerResponse: json.requests ? json.bytes / json.requests : 0,
        errors,
        errorDetail: errors
          ? `connect ${json.connectErrors}, read ${json.readErrors}, write ${json.writeErrors}, non-2xx ${json.non2xx}, timeout ${json.timeouts}`
          : '',
      })
    })
  })
