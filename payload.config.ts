import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdminRequest } from './src/access/isAdmin'
import { zhWithoutStraySpaces } from './src/admin/zhLanguage'
import { ApiClients } from './src/collections/ApiClients'
import { Articles } from './src/collections/Articles'
import { channelsPlugin } from './src/channels/plugin'
import { channelVariantRelease } from './src/channels/release'
import { Brands } from './src/collections/Brands'
import { Media } from './src/collections/Media'
import { PhotoCaptions } from './src/collections/PhotoCaptions'
import { Sections } from './src/collections/Sections'
import { Users } from './src/collections/Users'
import { databaseAdapter, refreshPlannerStatistics } from './src/db'
import { deliveryPlugin } from './src/delivery/plugin'
import { emailAdapter } from './src/email'
import { isProduction, maxUploadBytes, originList, serverURL } from './src/env'
import { translations } from './src/i18n'
import { importPlugin } from './src/import/web/plugin'
import { loggerConfig } from './src/logger'
import { mediaStoragePlugins } from './src/mediaStorage'
import { workflowPlugin } from './src/workflow/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverURL(),
  secret: process.env.PAYLOAD_SECRET || (isProduction() ? '' : 'dev-only-secret-change-me'),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 新闻编辑系统' },
    // Gravatar is a network fetch; the newsroom may run without internet access.
    avatar: 'default',
    // Payload's own dates (header, lists, versions) in the format of the newsroom's components: 2026年12月2日 12:31.
    dateFormat: 'yyyy年M月d日 HH:mm',
  },
  collections: [Articles, PhotoCaptions, Media, Sections, Brands, Users, ApiClients],
  plugins: [
    // 一稿多签: channels and each story's per-channel variants (before the workflow, which reviews the variants).
    channelsPlugin,
    // 三审: review fields, guards, access and endpoints on the items; audit log, editorial comments, scheduling jobs.
    // 一稿多签: a channel variant goes through the same table, and 签发 for a channel passes its preflight.
    workflowPlugin({
      collections: ['articles', 'photo-captions', 'channel-variants'],
      releaseChecks: { 'channel-variants': channelVariantRelease },
    }),
    // /content/v1's cache invalidation, preview links and webhooks.
    deliveryPlugin({
      collections: ['articles', 'photo-captions', 'channel-variants', 'media', 'sections', 'brands', 'channels'],
    }),
    importPlugin,
    // S3_BUCKET: media files in one bucket all instances share instead of this instance's MEDIA_DIR.
    ...mediaStoragePlugins(),
  ],
  onInit: refreshPlannerStatistics,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  logger: loggerConfig(),
  i18n: { supportedLanguages: { zh: zhWithoutStraySpaces, en }, fallbackLanguage: 'zh', translations },
  upload: { limits: { fileSize: maxUploadBytes() } },
  cors: originList(process.env.CORS_ORIGINS),
  csrf: originList(process.env.CSRF_ORIGINS).length > 0 ? originList(process.env.CSRF_ORIGINS) : [serverURL()],
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  jobs: {
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    // The server boots Payload with `cron: true`, which starts the runners. JOBS_AUTORUN=false
    // keeps an instance from picking up jobs (web-only replicas; the tests, which run jobs themselves — Payload's REST
    // handlers start the crons on any instance they serve).
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    // The plugins add their queues' runners: the workflow's schedules, delivery's webhooks.
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Outside development a background type generation per getPayload() costs ~200 MB and keeps jest alive.
    autoGenerate: false,
  },
})
