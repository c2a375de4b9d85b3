import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import express from 'express'
import type { Payload } from 'payload'

import type { DeliveryConfig } from '../../src/delivery/config'
import { createDeliveryRouter, type DeliveryRouter } from '../../src/delivery/router'
import type { Article, PhotoCaption } from '../../src/payload-types'
import { seed } from '../../src/seed'
import { workflowContext } from '../../src/workflow/context'
import { startPayload, type TestPayload } from '../helpers/payload'

export interface Delivery {
  t: TestPayload
  payload: Payload
  router: DeliveryRouter
  /** http://127.0.0.1:<port>/content/v1: where the test talks to the router. */
  base: string
  /** SERVER_URL + /content/v1: the base of every link the API writes (never taken from the request's Host). */
  apiBase: string
  get: (path: string, headers?: Record<string, string>) => Promise<Response>
  json: <T = any>(
    path: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: T; headers: Headers }>
  close: () => Promise<void>
}

// Parts of src/ that cannot change what seeding writes.
const notSchema = ['delivery', 'app', 'admin', 'http', 'server.ts'].map((part) => path.resolve('src', part))

const sourceFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true, recursive: true }))
    .map((entry) => (entry.isFile() ? path.join(entry.parentPath, entry.name) : ''))
    .filter((file) => file && !notSchema.some((excluded) => file.startsWith(excluded)))
    .sort()

/** Changes with anything that could change the seeded database: the schema, hooks, the seed itself. */
const templateKey = async (): Promise<string> => {
  const hash = createHash('sha256')
  for (const file of [path.resolve('payload.config.ts'), ...(await sourceFiles(path.resolve('src')))])
    hash.update(file).update(await readFile(file))
  return hash.digest('hex').slice(0, 16)
}

const templatePrefix = 'newsroom-delivery-seed-'

/** Templates of earlier source states; kept for a while in case another test process is copying one. */
const removeStaleTemplates = async (keep: string): Promise<void> => {
  for (const name of await readdir(tmpdir())) {
    const dir = path.join(tmpdir(), name)
    if (!name.startsWith(templatePrefix) || dir === keep) continue
    const age = Date.now() - (await stat(dir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs
    if (age > 10 * 60_000) await rm(dir, { recursive: true, force: true })
  }
}

/**
 * A fresh database seeded with the demo newsroom and the fixture story. Seeding takes ~20 s (13 photos through sharp),
 * so the first test file saves the seeded database and media as a template in the temp folder and later files start
 * from a copy of it; any change under src/ makes a new template. Under MongoDB it simply seeds.
 */
const startSeededPayload = async (): Promise<TestPayload> => {
  process.env.SEED_DEMO_PASSWORD = 'demo-password-for-tests'
  if (process.env.MONGODB_TEST_URI) {
    const t = await startPayload()
    await seed(t.payload)
    return t
  }
  const template = path.join(tmpdir(), `${templatePrefix}${await templateKey()}`)
  if (!existsSync(path.join(template, 'test.db'))) {
    const t = await startPayload()
    await seed(t.payload)
    const staging = await mkdtemp(`${template}-staging-`)
    const client = (t.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute(`VACUUM INTO '${path.join(staging, 'test.db').replace(/'/g, "''")}'`)
    await cp(path.join(t.dir, 'media'), path.join(staging, 'media'), { recursive: true })
    await rename(staging, template).catch(() => rm(staging, { recursive: true, force: true }))
    await removeStaleTemplates(template)
    return t
  }
  return startPayload({ copyOf: template })
}

/** A Payload on a fresh database (seeded with the demo newsroom and the fixture story), the delivery router on a real port. */
export const startDelivery = async ({
  seeded = true,
  config = {},
}: { seeded?: boolean; config?: Partial<DeliveryConfig> } = {}): Promise<Delivery> => {
  const t = seeded ? await startSeededPayload() : await startPayload()
  const router = createDeliveryRouter(t.payload, { rateLimitPerMinute: 0, ...config })
  // The search index is brought in step with the seeded articles in the background; tests start once it is.
  await router.delivery.search.synchronised()
  const app = express()
  app.use('/content/v1', router)
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/content/v1`
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers })
  return {
    t,
    payload: t.payload,
    router,
    base,
    apiBase: router.delivery.config.apiBase,
    get,
    json: async (path, headers) => {
      const response = await get(path, headers)
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
    },
    close: async () => {
      await router.delivery.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await t.close()
    },
  }
}

// Content changes as trusted system code (the way seed and the workflow executor write), so each test controls the
// live record directly; the workflow's own rules are tested in tests/workflow.
const system = { overrideAccess: true, context: workflowContext('system') } as const

type ArticleData = Partial<Omit<Article, 'id'>> & { headline: string }

export const publishArticle = (payload: Payload, data: ArticleData): Promise<Article> =>
  payload.create({
    collection: 'articles',
    data: { ...data, _status: 'published', workflowState: 'published' },
    ...system,
  }) as Promise<Article>

export const draftArticle = (payload: Payload, data: ArticleData): Promise<Article> =>
  payload.create({
    collection: 'articles',
    data: { ...data, _status: 'draft', workflowState: 'draft' },
    ...system,
  }) as Promise<Article>

/** Publishes an edit of a live story (a signed-off revision). */
export const republishArticle = (payload: Payload, id: string, data: Partial<Article>): Promise<Article> =>
  payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'published', workflowState: 'published' },
    draft: false,
    ...system,
  }) as Promise<Article>

/** Takes a live item off the site (撤稿): the live record becomes a draft. */
export const withdraw = (payload: Payload, collection: 'articles' | 'photo-captions', id: string): Promise<unknown> =>
  payload.update({ collection, id, data: { _status: 'draft', workflowState: 'withdrawn' }, draft: false, ...system })

/** Saves a draft revision of a live story: the live version must stay as it was. */
export const saveDraftRevision = (payload: Payload, id: string, data: Partial<Article>): Promise<Article> =>
  payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'draft' },
    draft: true,
    ...system,
  }) as Promise<Article>

export const createPhotoCaption = (
  payload: Payload,
  status: 'draft' | 'published',
  data: Partial<PhotoCaption> & { caption: string },
): Promise<PhotoCaption> =>
  payload.create({
    collection: 'photo-captions',
    data: { ...data, _status: status, workflowState: status === 'published' ? 'published' : 'draft' },
    ...system,
  }) as Promise<PhotoCaption>

export const bySlug = async (payload: Payload, collection: 'brands' | 'sections', slug: string): Promise<string> =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true }))
    .docs[0].id

export { lexicalBody } from '../helpers/lexical'
