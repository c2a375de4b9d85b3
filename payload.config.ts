import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { isAdminRequest } from './src/access/isAdmin'
import { workflowAdmin } from './src/admin/workflowAdmin'
import { zhWithoutStraySpaces } from './src/admin/zhLanguage'
import { ApiClients } from './src/collections/ApiClients'
import { Articles } from './src/collections/Articles'
import { Brands } from './src/collections/Brands'
import { EditorialComments } from './src/collections/EditorialComments'
import { Media } from './src/collections/Media'
import { PhotoCaptions } from './src/collections/PhotoCaptions'
import { Sections } from './src/collections/Sections'
import { Users } from './src/collections/Users'
import { WebhookDeliveries } from './src/collections/WebhookDeliveries'
import { Webhooks } from './src/collections/Webhooks'
import { WorkflowAudit } from './src/collections/WorkflowAudit'
import { databaseAdapter, refreshPlannerStatistics } from './src/db'
import { initDelivery } from './src/delivery/init'
import { previewLinks } from './src/delivery/preview/plugin'
import { webhookQueue } from './src/delivery/webhooks/config'
import { deliverWebhookTask } from './src/delivery/webhooks/task'
import { emailAdapter } from './src/email'
import { isProduction, maxUploadBytes, originList, serverURL } from './src/env'
import { translations } from './src/i18n'
import { loggerConfig } from './src/logger'
import { workflowMutations } from './src/workflow/graphql'
import { publishScheduledTask, withdrawScheduledTask } from './src/workflow/jobs'

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
    components: {
      afterNavLinks: ['/src/admin/QueueNavLink#QueueNavLink', '/src/admin/ImportNavLink#ImportNavLink'],
      views: {
        myQueue: { Component: '/src/admin/MyQueueView#MyQueueView', path: '/queue' },
        importStories: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
      },
    },
  },
  collections: [
    workflowAdmin(Articles),
    workflowAdmin(PhotoCaptions),
    Media,
    EditorialComments,
    Sections,
    Brands,
    Users,
    WorkflowAudit,
    ApiClients,
    Webhooks,
    WebhookDeliveries,
  ],
  // POST /api/articles/:id/preview-link (and photo-captions): signed draft links for /content/v1/preview.
  plugins: [previewLinks],
  // API keys count on /content/v1 only (on /api a client is anonymous); webhooks start hearing committed changes.
  onInit: async (payload) => {
    initDelivery(payload)
    await refreshPlannerStatistics(payload)
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  logger: loggerConfig(),
  // A refused transition is the client's mistake, not the server's: log it like other 4xx answers.
  loggingLevels: { WorkflowError: 'info' } as Config['loggingLevels'],
  i18n: { supportedLanguages: { zh: zhWithoutStraySpaces, en }, fallbackLanguage: 'zh', translations },
  upload: { limits: { fileSize: maxUploadBytes() } },
  cors: originList(process.env.CORS_ORIGINS),
  csrf: originList(process.env.CSRF_ORIGINS).length > 0 ? originList(process.env.CSRF_ORIGINS) : [serverURL()],
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    mutations: workflowMutations,
  },
  jobs: {
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    tasks: [publishScheduledTask, withdrawScheduledTask, deliverWebhookTask],
    // Scheduled publishing: the server boots Payload with `cron: true`, which starts this runner. JOBS_AUTORUN=false
    // keeps an instance from picking up jobs (web-only replicas; the tests, which run jobs themselves — Payload's REST
    // handlers start the crons on any instance they serve).
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    autoRun: [
      { cron: '*/15 * * * * *', queue: 'default', limit: 20 },
      // Webhook deliveries on their own queue: a receiver that hangs for its 5 s timeout never delays a scheduled publish.
      { cron: '*/5 * * * * *', queue: webhookQueue, limit: 10 },
    ],
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Outside development a background type generation per getPayload() costs ~200 MB and keeps jest alive.
    autoGenerate: false,
  },
})
