import { join } from 'node:path'
import type { SearchRequest, SearchResults } from '../../../shared/search-model'
import type { ClaimBook } from '../claims/claim-book'
import type { StoreChange } from '../history/store-change'
import type { TaskBoard } from '../tasks/task-board'
import { InlineThread, WorkerThread, type CallRunner } from '../threads/worker-thread'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { articleDocs, claimDoc, claimDocId, claimsFingerprint } from './search-docs'
import type { IndexedArticle } from './search-index'
import type { SearchThreadApi } from './search-thread-api'

/** Changes are saved this long after the last one (and when the workspace closes). */
const SAVE_AFTER_MS = 3_000

/**
 * Keeps the workspace's search index (in a thread of its own) up to date with every change the
 * store reports, and saved in `.claimdesk/search-index.json` (one JSON value a line, read back a
 * line at a time): a cache, rebuilt when it is missing, damaged, cut short or of an older
 * version, and brought up to date at open with what changed meanwhile.
 */
export class SearchService {
  /** Started at its first call: a workspace's first answers do not wait on the thread loading. */
  private started: CallRunner<SearchThreadApi> | undefined
  private readonly makeThread: () => CallRunner<SearchThreadApi>
  private updates: Promise<void> = Promise.resolve()
  private pending = 0
  private isStarted = false
  /** Changes before `start` are caught up with by it, from the store as it is then. */
  private hasBegun = false
  private readonly unsaved = new Set<string>()
  private saveTimer: NodeJS.Timeout | undefined
  private readonly stopListening: () => void

  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly tasks: TaskBoard,
    script: string | null,
  ) {
    this.makeThread = () =>
      script
        ? new WorkerThread<SearchThreadApi>(script, 'search')
        : new InlineThread(async () => (await import('./search-thread-api')).searchThreadApi())
    this.stopListening = store.onChange((change) => {
      if (this.hasBegun) void this.enqueue(() => this.apply(change))
    })
  }

  private get thread(): CallRunner<SearchThreadApi> {
    return (this.started ??= this.makeThread())
  }

  private get file(): string {
    return join(this.store.storeFolder, 'search-index.json')
  }

  /** Loads the saved index and indexes what it lacks, as background work. */
  start(): Promise<void> {
    this.hasBegun = true
    return this.enqueue(async () => {
      const indexed = await this.thread.call('load', this.file)
      await this.catchUp(indexed)
      this.isStarted = true
    })
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    // Once the index has caught up, a search waits for the changes made before it (a claim just
    // marked is found); while it catches up, it answers at once and says so.
    if (this.isStarted) await this.updates
    const found = await this.thread.call('search', request)
    return { ...found, isIndexing: !this.isStarted || this.pending > 0 }
  }

  candidateArticles(text: string, limit: number): Promise<string[]> {
    return this.thread.call('candidates', { text, limit })
  }

  async close(): Promise<void> {
    this.stopListening()
    clearTimeout(this.saveTimer)
    await this.updates
    if (this.unsaved.size > 0 && !this.store.isReadOnly) await this.save().catch(() => {})
    await this.started?.close()
  }

  private async catchUp(indexed: Record<string, IndexedArticle>): Promise<void> {
    const entries = this.store.listArticles()
    for (const articleId of Object.keys(indexed))
      if (!entries.some((entry) => entry.id === articleId))
        await this.thread.call('removeArticle', articleId)
    const stale = entries.filter((entry) => {
      const known = indexed[entry.id]
      return !known || known.sha256 !== entry.sha256 || known.title !== entry.title
    })
    const run = async (done: (count: number) => void) => {
      for (const [count, entry] of entries.entries()) {
        if (stale.includes(entry)) await this.indexArticle(entry.id)
        await this.indexClaimsIfChanged(entry.id, indexed[entry.id]?.claims)
        done(count + 1)
      }
    }
    if (stale.length === 0) return run(() => {})
    await this.tasks.run('Indexing the workspace for search', entries.length, (task) =>
      run((count) => task.advance(count)),
    )
  }

  private async indexArticle(articleId: string): Promise<void> {
    const article = await this.store.getArticle(articleId, { keep: false })
    const label: IndexedArticle = { title: article.title, sha256: article.sha256, claims: '' }
    if (article.site) label.site = article.site
    await this.thread.call('putArticle', { articleId, label, docs: articleDocs(article) })
    this.changed(articleId)
  }

  private async indexClaimsIfChanged(articleId: string, known: string | undefined): Promise<void> {
    // Read for the moment: catching up does not keep a hundred thousand claims in memory.
    const claims = await this.book.claimsOf(articleId).catch(() => null)
    if (!claims) return
    const docs = claims.map((claim) => claimDoc(claim, this.store.data.tags))
    const fingerprint = claimsFingerprint(docs)
    if (fingerprint !== known)
      await this.thread.call('putClaims', { articleId, docs, claims: fingerprint })
  }

  private async apply(change: StoreChange): Promise<void> {
    switch (change.kind) {
      case 'claim':
        if (change.after)
          await this.thread.call('putClaim', claimDoc(change.after, this.store.data.tags))
        else if (change.before) await this.thread.call('removeClaim', claimDocId(change.before.id))
        return this.changed(change.articleId)
      case 'tags':
        for (const entry of this.store.listArticles())
          await this.indexClaimsIfChanged(entry.id, undefined)
        return
      case 'article-entry':
        if (!change.after && change.before) {
          await this.thread.call('removeArticle', change.before.id)
          return this.changed(change.before.id)
        }
        if (change.after) await this.indexArticle(change.after.id)
        if (change.after && !change.before)
          await this.indexClaimsIfChanged(change.after.id, undefined)
        return
      case 'article-text':
        return this.indexArticle(change.articleId)
    }
  }

  /** Updates run one after another, each after the index has started (a change may come first). */
  private enqueue(update: () => Promise<void>): Promise<void> {
    this.pending++
    const next = this.updates.then(update).catch((error: Error) => {
      // The index is a cache: a failed update is logged, and the next open catches up.
      console.error(`[search] the index was not updated: ${error.message}`)
    })
    this.updates = next.finally(() => this.pending--)
    return this.updates
  }

  private changed(articleId: string): void {
    this.unsaved.add(articleId)
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => void this.enqueue(() => this.save()), SAVE_AFTER_MS)
    this.saveTimer.unref()
  }

  /** Saves the index with the fingerprint of each changed article's claims. */
  private async save(): Promise<void> {
    if (this.store.isReadOnly) return
    const fingerprints: Record<string, string> = {}
    for (const articleId of this.unsaved) {
      const claims = await this.book.forArticle(articleId).catch(() => null)
      if (claims)
        fingerprints[articleId] = claimsFingerprint(
          claims.all.map((c) => claimDoc(c, this.store.data.tags)),
        )
    }
    this.unsaved.clear()
    await this.thread.call('save', { file: this.file, fingerprints })
  }
}
