import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/** S3_* from the environment, or `null` when uploads stay on this instance's disk (MEDIA_DIR). */
export const s3SettingsFromEnv = (env: NodeJS.ProcessEnv = process.env) => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
  }
}

/**
 * With S3_BUCKET the media collection's files (the original and every size) live in one S3-compatible bucket that all
 * app instances share. Their URLs stay Payload's `/api/media/file/<name>`: any instance answers them from the bucket
 * with the collection's read access, so /content/v1 and the admin need no public bucket.
 */
export const mediaStoragePlugins = (): Plugin[] => {
  const s3 = s3SettingsFromEnv()
  if (!s3) return []
  return [
    s3Storage({
      collections: { media: true },
      bucket: s3.bucket,
      config: {
        endpoint: s3.endpoint,
        region: s3.region,
        // MinIO, Ceph, s3rver and most self-hosted servers address buckets by path, not by subdomain.
        forcePathStyle: true,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        // Newer AWS SDKs add CRC32 checksums to every request and check them on every response; servers other than
        // AWS often reject or omit them. Only where S3 itself requires one.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    }),
  ]
}
