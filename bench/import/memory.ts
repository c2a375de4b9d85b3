import { readFileSync } from 'node:fs'

import { collectGarbage } from '../../src/import/collectGarbage'

/** One point of P3's memory curve, taken after a full garbage collection. */
export interface MemorySample {
  stories: number
  heapUsedMB: number
  /** what V8 has committed for its heap (part of the anonymous RSS) */
  heapTotalMB?: number
  rssMB: number
  externalMB: number
  /** Linux only (/proc/self/status): RSS split into anonymous memory (heap, malloc) and mapped files (the database). */
  rssAnonMB?: number
  rssFileMB?: number
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10

const rssParts = (): Pick<MemorySample, 'rssAnonMB' | 'rssFileMB'> => {
  let status: string
  try {
    status = readFileSync('/proc/self/status', 'utf8')
  } catch {
    return {}
  }
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssAnonMB: mb(kB('RssAnon') * 1024), rssFileMB: mb(kB('RssFile') * 1024) }
}

export const memorySample = (stories: number): MemorySample => {
  collectGarbage()
  const usage = process.memoryUsage()
  return {
    stories,
    heapUsedMB: mb(usage.heapUsed),
    heapTotalMB: mb(usage.heapTotal),
    rssMB: mb(usage.rss),
    externalMB: mb(usage.external),
    ...rssParts(),
  }
}

/** BENCH_MEMORY_EVERY=k: a sample before the first story and after every k-th; unset, none are taken. */
export const memorySampler = (): { samples: MemorySample[]; storyDone: (done: number) => void } => {
  const every = Number(process.env.BENCH_MEMORY_EVERY ?? 0)
  const samples: MemorySample[] = every > 0 ? [memorySample(0)] : []
  return {
    samples,
    storyDone: (done) => {
      if (every <= 0 || done % every !== 0) return
      const sample = memorySample(done)
      samples.push(sample)
      // Also to the run's log as it is taken, so a run stopped early still tells how far memory went.
      process.stderr.write(`BENCH_SAMPLE ${JSON.stringify(sample)}\n`)
    },
  }
}
