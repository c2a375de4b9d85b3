import { spawnSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

/** What the results were measured on, and how busy the machine was. Git is only read, never written. */

export interface Machine {
  cores: number
  cpuModel: string
  memoryGB: number
  node: string
  os: string
  wrk: string
  nginx: string
}

/** A command's output (stdout and stderr: `nginx -v` and `wrk -v` print their versions there), never throwing. */
const quiet = (command: string, args: string[], cwd?: string): string => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.error) return 'unavailable'
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\s+$/, '')
}

export const machine = (): Machine => ({
  cores: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  node: process.version,
  os: quiet('uname', ['-sr']),
  wrk: quiet('wrk', ['-v']).split('\n')[0] || 'unavailable',
  nginx: quiet('nginx', ['-v']),
})

/** 1, 5 and 15-minute load averages. */
export const load = (): [number, number, number] =>
  loadavg().map((value) => Math.round(value * 100) / 100) as [number, number, number]

export interface Revision {
  sha: string
  shortSha: string
  /** paths changed or untracked in the work tree (the snapshot includes them) */
  dirty: string[]
}

export const revision = (repo: string): Revision => {
  const sha = quiet('git', ['rev-parse', 'HEAD'], repo).trim()
  const status = quiet('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all'], repo)
  return {
    sha,
    shortSha: sha.slice(0, 7),
    dirty: status
      ? status
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3))
          .filter((file) => !file.startsWith('bench/'))
      : [],
  }
}
