import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

import { freePort } from './server'

export interface RunningS3 {
  /** The S3_* variables that point the app at this server. */
  env: Record<string, string>
  /** Keys stored in the bucket. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

/** An S3-compatible server of the test's own (s3rver, files in a temp folder), with one empty bucket. */
export const startS3 = async (bucket = 'newsroom-media'): Promise<RunningS3> => {
  const directory = await mkdtemp(path.join(tmpdir(), 'newsroom-s3-'))
  const port = await freePort()
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      // s3rver's fixed credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    keys: async () =>
      (await readdir(path.join(directory, bucket)).catch(() => [] as string[]))
        .filter((name) => name.endsWith('._S3rver_object'))
        .map((name) => name.slice(0, -'._S3rver_object'.length)),
    stop: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
