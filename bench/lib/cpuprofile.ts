import { readFileSync } from 'node:fs'

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and answers "where does the CPU go": self time by package and by
 * function, and inclusive time by function (each function counted once per stack, so recursion does not inflate it).
 * `window` (µs, CLOCK_MONOTONIC like process.hrtime) keeps only the samples taken while the load ran, not the boot.
 */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export interface Cost {
  name: string
  ms: number
  share: number
}

export interface ProfileSummary {
  sampledMs: number
  /** samples outside (idle) */
  busyMs: number
  windowed: boolean
  byPackage: Cost[]
  selfByFunction: Cost[]
  inclusiveByFunction: Cost[]
}

const special = new Set(['(idle)', '(program)', '(garbage collector)', '(root)'])

/** node_modules/<pkg> · app src/… · node: internals · V8 specials */
const packageOf = (frame: CallFrame, appDir: string): string => {
  if (special.has(frame.functionName) && !frame.url) return frame.functionName
  const url = frame.url.replace(/^file:\/\//, '')
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (modules) {
    const nested = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)
    return nested ? nested[1] : modules[1]
  }
  if (url.startsWith('node:') || (!url.startsWith('/') && url !== '')) return 'node internals'
  if (url.includes('/.next/')) return 'next build chunks (.next)'
  if (url.startsWith(appDir))
    return `app ${url
      .slice(appDir.length + 1)
      .split('/')
      .slice(0, 2)
      .join('/')}`
  return url === '' ? '(native / V8 builtins)' : url
}

const functionKey = (frame: CallFrame, appDir: string): string => {
  const url = frame.url.replace(/^file:\/\//, '').replace(`${appDir}/`, '')
  const short = url.replace(/^.*node_modules\//, '')
  const name = frame.functionName || '(anonymous)'
  // tsx emits each module on one line: line 1 says nothing, the file does.
  return url ? `${name} — ${short}${frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ''}` : name
}

const top = (costs: Map<string, number>, total: number, count: number): Cost[] =>
  [...costs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }))

export const summariseProfile = (
  file: string,
  appDir: string,
  window?: { fromUs: number; toUs: number },
  count = 15,
): ProfileSummary => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const selfUs = new Map<number, number>()
  let time = profile.startTime
  let inWindow = 0
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]
    if (window && (time < window.fromUs || time > window.toUs)) continue
    inWindow++
    const delta = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta)
  }
  // A window that caught nothing (clocks not comparable) falls back to the whole profile.
  const windowed = Boolean(window) && inWindow > 0
  if (window && inWindow === 0) return summariseProfile(file, appDir, undefined, count)

  let total = 0
  let idle = 0
  const byPackage = new Map<string, number>()
  const selfByFunction = new Map<string, number>()
  const inclusive = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const node = byId.get(id) as ProfileNode
    total += us
    if (node.callFrame.functionName === '(idle)') {
      idle += us
      continue
    }
    const pkg = packageOf(node.callFrame, appDir)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
    const key = functionKey(node.callFrame, appDir)
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us)
    // Inclusive: walk up the stack, crediting each distinct function once.
    const seen = new Set<string>()
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = (byId.get(current) as ProfileNode).callFrame
      if (special.has(frame.functionName)) continue
      const name = functionKey(frame, appDir)
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + us)
    }
  }
  const busy = total - idle
  return {
    sampledMs: total / 1000,
    busyMs: busy / 1000,
    windowed,
    byPackage: top(byPackage, busy, count),
    selfByFunction: top(selfByFunction, busy, count),
    // Frames that are on nearly every stack (event loop plumbing) say nothing; keep the informative ones.
    inclusiveByFunction: top(
      new Map(
        [...inclusive].filter(
          ([name]) =>
            !/^(processTicksAndRejections|runMicrotasks|listOnTimeout|processTimers|emit|emitAfter|(anonymous) — node:)/.test(
              name,
            ),
        ),
      ),
      busy,
      count * 2,
    ),
  }
}
