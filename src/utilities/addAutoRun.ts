import type { Config } from 'payload'

type Jobs = NonNullable<Config['jobs']>
type AutoRun = Exclude<NonNullable<Jobs['autoRun']>, (...args: never[]) => unknown>[number]

/** A plugin's queue joins the config's job runners, whether the config lists them or computes them per instance. */
export const addAutoRun = (jobs: Config['jobs'], runner: AutoRun): Jobs['autoRun'] => {
  const existing = jobs?.autoRun
  if (typeof existing === 'function') return async (payload) => [...(await existing(payload)), runner]
  return [...(existing ?? []), runner]
}
