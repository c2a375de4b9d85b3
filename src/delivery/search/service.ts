import type { Payload } from 'payload'

import { findArticle, listArticles } from '../content/articles'
import { loadPhotoCaptionsByIds } from '../content/photoCaptions'
import type { ReadScope } from '../content/scope'
import type { ListCursor } from '../cursor'
import type { DeliveryChange, DeliveryChangeListener } from '../events'
import { bodyReferences, parseBody } from '../serializers/body'
import type { ArticleRecord, PhotoCaptionRecord } from '../serializers/records'
import { SearchIndex, type SearchHit } from './index'
import { indexedText } from './text'

const batchSize = 100
const maxWaitForChangesMs = 2_000

/**
 * Full-text search over published articles. The index is built on the first search (newest `maxDocuments` stories)
 * and then kept current by change events after each commit. Hits are re-read through the published scope before
 * anyone sees them, so a stale index can miss a story for a moment but never reveal a withdrawn one.
 */
export class ArticleSearch implements DeliveryChangeListener {
  private readonly index = new SearchIndex()
  /** Which photo-caption items each indexed article embeds: a caption edit re-indexes those articles. */
  private readonly captionsOf = new Map<string, string[]>()
  private building: Promise<void> | null = null
  private changesInFlight = 0
  private idleWaiters: (() => void)[] = []

  constructor(
    private readonly scope: ReadScope,
    private readonly limits: { maxDocuments: number; maxBodyChars: number },
  ) {}

  private get logger(): Payload['logger'] {
    return this.scope.payload.logger
  }

  async search(query: string): Promise<SearchHit[]> {
    await this.whenIdle()
    await this.ensureBuilt()
    return this.index.search(query)
  }

  stats() {
    return { ...this.index.stats(), built: this.building !== null }
  }

  started = (): void => {
    this.changesInFlight++
  }

  settled = (): void => {
    this.changesInFlight = Math.max(0, this.changesInFlight - 1)
    if (this.changesInFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  /** Rebuilt on the next search: changes this instance missed leave no stale entries behind. */
  reset = (): void => {
    if (!this.building) return
    this.building = null
    this.index.clear()
    this.captionsOf.clear()
  }

  committed = async (change: DeliveryChange): Promise<void> => {
    if (!this.building) return
    await this.building
    if (change.collection === 'articles') await this.refresh(change.id)
    if (change.collection === 'photo-captions') {
      const affected = [...this.captionsOf].filter(([, ids]) => ids.includes(change.id)).map(([articleId]) => articleId)
      for (const id of affected) await this.refresh(id)
    }
  }

  /** Lets a search that follows a publish see it, without waiting forever on a long-running import transaction. */
  private whenIdle(): Promise<void> {
    if (this.changesInFlight === 0) return Promise.resolve()
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      setTimeout(resolve, maxWaitForChangesMs).unref()
    })
  }

  private ensureBuilt(): Promise<void> {
    this.building ??= this.build().catch((error: unknown) => {
      this.logger.error({ err: error, msg: 'search index build failed' })
      this.building = null
      throw error
    })
    return this.building
  }

  private async build(): Promise<void> {
    const started = Date.now()
    let cursor: ListCursor | null = null
    do {
      const page = await listArticles(
        this.scope,
        null,
        Math.min(batchSize, this.limits.maxDocuments - this.index.size),
        cursor,
      )
      await this.addAll(page.records)
      cursor = page.next
    } while (cursor && this.index.size < this.limits.maxDocuments)
    this.logger.info({ msg: 'delivery search index built', ms: Date.now() - started, ...this.index.stats() })
  }

  private async addAll(articles: ArticleRecord[]): Promise<void> {
    const captionIds = new Map(
      articles.map((article) => [article.id, bodyReferences(parseBody(article.body)).photoCaptionIds]),
    )
    const photoCaptions: Map<string, PhotoCaptionRecord> = await loadPhotoCaptionsByIds(
      this.scope,
      [...captionIds.values()].flat(),
    )
    for (const article of articles) {
      this.index.add(article.id, indexedText(article, photoCaptions, this.limits.maxBodyChars))
      this.captionsOf.set(article.id, captionIds.get(article.id) ?? [])
    }
  }

  private async refresh(id: string): Promise<void> {
    const article = await findArticle(this.scope, id)
    if (article) {
      await this.addAll([article])
      return
    }
    this.index.remove(id)
    this.captionsOf.delete(id)
  }
}
