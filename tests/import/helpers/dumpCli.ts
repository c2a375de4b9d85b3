import { writeFile } from 'node:fs/promises'

import { runCli } from '../../../src/import/runCli'

/**
 * `npx tsx tests/import/helpers/dumpCli.ts <out.json> <email> <password>`: the content of the database DATABASE_URI
 * points at, and whether that user can log in there. A child process, because jest holds one Payload per process.
 */
await runCli(async () => {
  const [out, email, password] = process.argv.slice(2)
  const [{ getPayload }, { default: config }, { dumpContent }] = await Promise.all([
    import('payload'),
    import('../../../payload.config'),
    import('./dump'),
  ])
  const payload = await getPayload({ config })
  const content = await dumpContent(payload)
  const login = await payload
    .login({ collection: 'users', data: { email: email ?? '', password: password ?? '' } })
    .then((result) => ({ ok: true, userId: result.user?.id ?? null, token: Boolean(result.token) }))
    .catch((error: Error) => ({ ok: false, error: error.message }))
  await writeFile(out ?? 'dump.json', JSON.stringify({ content, login }))
  await payload.destroy()
  return 0
})
