import type { Payload } from 'payload'

export interface QueueRunner {
  queue: string
  limit: number
  everyMs: number
}

/** `*\/N * * * * *` (every N seconds, what the plugins use) → N s; any other schedule is polled once a minute. */
export const pollInterval = (cron: string | undefined): number => {
  const seconds = /^\*\/(\d+) \* \* \* \* \*$/.exec(cron?.trim() ?? '')?.[1]
  return seconds ? Number(seconds) * 1000 : 60_000
}

/** The queues the config's autoRun lists (the plugins add theirs), whether listed or computed per instance. */
export const queueRunners = async (payload: Payload): Promise<QueueRunner[]> => {
  const autoRun = payload.config.jobs.autoRun
  const runners = (typeof autoRun === 'function' ? await autoRun(payload) : autoRun) ?? []
  return runners.map((runner) => ({
    queue: runner.queue ?? 'default',
    limit: runner.limit ?? 10,
    everyMs: pollInterval(runner.cron),
  }))
}
