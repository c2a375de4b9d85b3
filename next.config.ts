import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  turbopack: { root: dirname },
  // The express server in src/server.ts fronts Next; Next must not compress or add its own powered-by header.
  compress: false,
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
