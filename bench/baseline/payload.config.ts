/**
 * The P2 baseline: stock Payload with the newsroom's collections and fields, but none of our collection-level
 * behaviour — no workflow hooks (guards, byline, publishedAt stamp, delivery invalidation), no access functions
 * (Payload's default: any logged-in user may do anything), no workflow endpoints, no jobs, no e-mail.
 *
 * Field definitions are reused unchanged (including their own field-level hooks and validation: slug generation,
 * relationship filterOptions, date-range validation), so both configs store exactly the same tables and rows, and
 * the baseline can run on a copy of the benchmark database. The adapter is the app's own (SQLite, WAL, transactions
 * on, the transaction queue), so transactions are not what the comparison measures.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '../../src/collections/Articles'
import { Brands } from '../../src/collections/Brands'
import { Media } from '../../src/collections/Media'
import { PhotoCaptions } from '../../src/collections/PhotoCaptions'
import { Sections } from '../../src/collections/Sections'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/db'
import { loggerConfig } from '../../src/logger'
import { editorialComments } from '../../src/workflow/collections/EditorialComments'
import { workflowAudit } from '../../src/workflow/collections/WorkflowAudit'
import type { WorkflowCollection } from '../../src/workflow/registry'
import { reviewedCollection } from '../../src/workflow/reviewedCollection'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const items: WorkflowCollection[] = ['articles', 'photo-captions']

/** The collection's shape (slug, fields, versions/drafts, upload, auth, timestamps) without its behaviour. */
const stock = <T extends CollectionConfig>(collection: T): CollectionConfig => ({
  ...collection,
  access: {},
  hooks: {},
  endpoints: [],
})

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'bench-baseline-secret',
  admin: { user: Users.slug, importMap: { baseDir: path.resolve(dirname, '../..') } },
  collections: [
    reviewedCollection(Articles, 'articles'),
    reviewedCollection(PhotoCaptions, 'photo-captions'),
    Media,
    editorialComments(items),
    Sections,
    Brands,
    Users,
    workflowAudit(items),
  ].map(stock),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  logger: loggerConfig(),
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  typescript: { autoGenerate: false },
})
