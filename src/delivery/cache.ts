/**
 * In-process cache of finished responses, purged by tag when published content changes.
 *
 * Reads and writes race: a response computed from data read before a change commits must never be stored after
 * the purge. So every change is bracketed: `changeStarted` purges and opens a window in which nothing is stored,
 * `changeSettled` (after the commit) closes it and bumps the epoch; a result is stored only if no change started or
 * settled while it was being computed. Concurrent misses for the same key share one computation.
 * Bounded by entry count and bytes (least recently used goes first) and by a TTL, the safety net for writes this
 * process never hears about (another app instance without REDIS_URL; see fanout/start.ts).
 */
export interface TaggedCacheOptions<V> {
  maxEntries: number
  maxBytes: number
  ttlMs: number
  sizeOf: (value: V) => number
  tagsOf: (value: V) => string[]
  now?: () => number
}

interface Entry<V> {
  value: V
  bytes: number
  expires: number
  tags: string[]
}

export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private readonly pending = new Map<string, { epoch: number; promise: Promise<V> }>()
  private bytes = 0
  private epoch = 0
  private changesInFlight = 0
  private readonly now: () => number

  constructor(private readonly options: TaggedCacheOptions<V>) {
    this.now = options.now ?? Date.now
  }

  async getOrCreate(key: string, create: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key)
    if (entry && entry.expires > this.now()) {
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.value
    }
    if (entry) this.delete(key)
    const shared = this.pending.get(key)
    if (shared && shared.epoch === this.epoch && this.changesInFlight === 0) return shared.promise

    const epoch = this.epoch
    const storable = this.changesInFlight === 0
    const promise = create()
    if (storable) this.pending.set(key, { epoch, promise })
    try {
      const value = await promise
      if (storable && epoch === this.epoch && this.changesInFlight === 0) this.store(key, value)
      return value
    } finally {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key)
    }
  }

  purge(tags: Iterable<string>): void {
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) this.delete(key)
    }
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key)
  }

  changeStarted(tags: Iterable<string>): void {
    this.changesInFlight++
    this.epoch++
    this.purge(tags)
  }

  changeSettled(tags: Iterable<string>): void {
    this.purge(tags)
    this.changesInFlight = Math.max(0, this.changesInFlight - 1)
    this.epoch++
  }

  stats(): { entries: number; bytes: number; changesInFlight: number } {
    return { entries: this.entries.size, bytes: this.bytes, changesInFlight: this.changesInFlight }
  }

  private store(key: string, value: V): void {
    const bytes = this.options.sizeOf(value)
    if (bytes > this.options.maxBytes / 4 || this.options.maxEntries === 0) return
    this.delete(key)
    const tags = this.options.tagsOf(value)
    this.entries.set(key, { value, bytes, tags, expires: this.now() + this.options.ttlMs })
    this.bytes += bytes
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break
      this.delete(oldest)
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }
}
