import type { Payload } from 'payload'

import { openSearchIndex, type FieldWeights, type SearchIndexStore, type TermQuery } from '../../dbSearchIndex'
import { isoInstant } from '../../utilities/instant'
import { findArticles, listPublishedVersions } from '../content/articles'
import { loadPhotoCaptionsByIds } from '../content/photoCaptions'
import type { ReadScope } from '../content/scope'
import type { DeliveryChange, DeliveryChangeListener } from '../events'
import { bodyReferences, parseBody } from '../serializers/body'
import type { SearchHit } from './index'
import { rankCandidates } from './rank'
import { queryTerms } from './segment'
import { searchDocument } from './text'

/**
 * bm25() column weights: the in-process index counted a headline term thrice, a lead term twice, a body term once.
 * `npm run bench -- --phases search` compares these and other weights with its ranking (100,000 articles: 67 % mean
 * top-10 overlap, ahead of 2 / 1.5 / 1 at 66 %, 5 / 3 / 1 at 61 % and 1 / 1 / 1 at 58 %).
 */
export const fieldWeights: FieldWeights = { headline: 3, lead: 2, body: 1 }

const versionsPerPage = 1_000
const articlesPerBatch = 50
const maxWaitForChangesMs = 2_000
/** A search during a start-up rebuild waits this long for it, then answers from what is indexed so far. */
const maxWaitForSyncMs = 3_000

export interface SearchPage {
  hits: SearchHit[]
  /** More hits lie beyond this page. */
  more: boolean
}

/** A query as index terms: each bigram or word one term, a lone Han character a prefix; half of them must match. */
export const termQuery = (query: string, limit: number, weights: FieldWeights = fieldWeights): TermQuery => {
  const { terms, singles } = queryTerms(query)
  return { terms, prefixes: singles, needed: Math.ceil((terms.length + singles.length) / 2), weights, limit }
}

/**
 * Full-text search over every published article, in an index the database keeps (FTS5 on SQLite, a postings
 * collection on MongoDB; src/dbSearchIndex.ts) and all instances share. Each instance applies every change it hears
 * after the commit, its own and (through the fan-out) the others': writes are idempotent, so doing one twice costs
 * a little and missing none is what matters. At start the index is compared with the published articles and brought
 * in step in batches, in the background. Hits are re-read through the published scope before anyone sees them, so a
 * stale entry can cost a place on a page but never reveal a withdrawn story.
 */
export class ArticleSearch implements DeliveryChangeListener {
  private opened: SearchIndexStore | null
  private prepared: Promise<void> | null = null
  private syncing: Promise<void> | null = null
  /** Ids changed while a rebuild runs: refreshed again after it, in case the rebuild wrote an older read of them. */
  private touched: Set<string> | null = null
  /** Changes are applied one after another, so this instance's last word on an article is its latest change. */
  private queue: Promise<void> = Promise.resolve()
  private closed = false
  private changesInFlight = 0
  private idleWaiters: (() => void)[] = []

  constructor(
    private readonly scope: ReadScope,
    private readonly limits: { maxBodyChars: number },
    store?: SearchIndexStore,
  ) {
    this.opened = store ?? null
  }

  /** Opened on first use: a router is also built without a database (tests that only read its routes). */
  private get store(): SearchIndexStore {
    this.opened ??= openSearchIndex(this.scope.payload)
    return this.opened
  }

  private get logger(): Payload['logger'] {
    return this.scope.payload.logger
  }

  get kind(): SearchIndexStore['kind'] {
    return this.store.kind
  }

  /** Prepares the index and starts bringing it in step; resolves when it is (readiness never waits for this). */
  start(): Promise<void> {
    this.syncing ??= this.synchronise()
      .catch((error: unknown) => {
        if (!this.closed) this.logger.error({ err: error, msg: 'search index synchronisation failed' })
      })
      .finally(() => {
        this.syncing = null
      })
    return this.syncing
  }

  /** The running start-up (or reset) synchronisation, if any. */
  synchronised(): Promise<void> {
    return this.syncing ?? Promise.resolve()
  }

  async search(query: string, page: { offset: number; limit: number }): Promise<SearchPage> {
    await this.whenIdle()
    await this.prepare()
    if (this.syncing) await Promise.race([this.syncing, sleep(maxWaitForSyncMs)])
    const wanted = page.offset + page.limit + 1
    const request = termQuery(query, wanted)
    const result = await this.store.match(request)
    const hits = 'ranked' in result ? result.ranked : rankCandidates(result.candidates, request.needed, wanted)
    return { hits: hits.slice(page.offset, page.offset + page.limit), more: hits.length > page.offset + page.limit }
  }

  async stats() {
    return { kind: this.store.kind, ...(await this.store.stats()) }
  }

  /** Stops the rebuild between batches and closes the index connection (tests that create several routers). */
  async close(): Promise<void> {
    this.closed = true
    await this.syncing
    await this.queue
    await this.opened?.close()
  }

  started = (): void => {
    this.changesInFlight++
  }

  settled = (): void => {
    this.changesInFlight = Math.max(0, this.changesInFlight - 1)
    if (this.changesInFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  /** Changes may have been missed (the fan-out lost Redis): compare the index with the published articles again. */
  reset = (): void => {
    if (!this.closed) void this.start()
  }

  committed = async (change: DeliveryChange): Promise<void> => {
    if (this.closed || (change.collection !== 'articles' && change.collection !== 'photo-captions')) return
    await this.prepare()
    const ids = change.collection === 'articles' ? [change.id] : await this.store.embedding(change.id)
    for (const id of ids) this.touched?.add(id)
    await this.enqueue(() => this.refresh(ids))
  }

  private prepare(): Promise<void> {
    this.prepared ??= this.store.prepare().catch((error: unknown) => {
      this.prepared = null
      throw error
    })
    return this.prepared
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const done = this.queue.then(work)
    this.queue = done.catch((error: unknown) => this.logger.error({ err: error, msg: 'search index update failed' }))
    return done
  }

  /** Lets a search that follows a publish see it, without waiting forever on a long-running import transaction. */
  private whenIdle(): Promise<void> {
    if (this.changesInFlight === 0) return Promise.resolve()
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      setTimeout(resolve, maxWaitForChangesMs).unref()
    })
  }

  /** Indexes what is published among `ids` and drops the rest. */
  private async refresh(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    const articles = await findArticles(this.scope, ids)
    const captions = await loadPhotoCaptionsByIds(
      this.scope,
      articles.flatMap((article) => bodyReferences(parseBody(article.body)).photoCaptionIds),
    )
    await this.store.upsert(articles.map((article) => searchDocument(article, captions, this.limits.maxBodyChars)))
    const found = new Set(articles.map((article) => article.id))
    await this.store.remove(ids.filter((id) => !found.has(id)))
  }

  /**
   * Walks the published articles' ids and `updatedAt` in pages, re-indexes those missing or changed since they were
   * indexed, then drops entries no longer published. A fresh index is built this way, in batches; several instances
   * starting together do the same idempotent work.
   */
  private async synchronise(): Promise<void> {
    await this.prepare()
    const started = Date.now()
    this.touched = new Set()
    const indexed = await this.store.versions()
    let written = 0
    let after: string | null = null
    for (;;) {
      const page = await listPublishedVersions(this.scope, after, versionsPerPage)
      const stale = page.filter((version) => indexed.get(version.id) !== isoInstant(version.updatedAt))
      for (const version of page) indexed.delete(version.id)
      for (let from = 0; from < stale.length && !this.closed; from += articlesPerBatch) {
        await this.refresh(stale.slice(from, from + articlesPerBatch).map((version) => version.id))
      }
      written += stale.length
      after = page.at(-1)?.id ?? null
      if (this.closed || page.length < versionsPerPage) break
    }
    if (this.closed) return
    await this.store.remove([...indexed.keys()])
    const touched = [...this.touched]
    this.touched = null
    if (touched.length > 0) await this.enqueue(() => this.refresh(touched))
    this.logger.info({
      msg: 'delivery search index in step',
      ms: Date.now() - started,
      indexed: written,
      removed: indexed.size,
    })
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref())
