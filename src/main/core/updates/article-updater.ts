import type { Claim } from '../../../shared/claim-model'
import type { ArticleUpdate } from '../../../shared/import-model'
import type { Article } from '../../../shared/article-model'
import { ServiceError } from '../../../shared/result'
import { assembleArticle } from '../article-record'
import type { ClaimBook } from '../claims/claim-book'
import { DEFAULT_FETCH_LIMITS, fetchArticle, type FetchLimits } from '../import/fetch-article'
import type { ArticleFile } from '../import/read-article-file'
import { quietBackground, type Background } from '../threads/background'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { paragraphChanges } from './paragraph-changes'

/** Re-anchoring this many claims takes long enough to be shown as background work. */
const MANY_CLAIMS = 1_000

const countStates = (claims: readonly Claim[]): ArticleUpdate['anchors'] => {
  const anchors = { anchored: 0, moved: 0, 'needs-review': 0, orphaned: 0 }
  for (const claim of claims) anchors[claim.anchor.state]++
  return anchors
}

const hasChanged = (before: Claim | undefined, after: Claim) =>
  !before ||
  before.anchor.state !== after.anchor.state ||
  before.position.start !== after.position.start ||
  before.position.end !== after.position.end

/**
 * Re-reads an article from its source (file or web page) and, when it changed, re-anchors its
 * claims and saves both, keeping the previous text. Updates of one article run one at a time, so
 * the workspace has one updater, shared by its calls and its file watcher.
 */
export class ArticleUpdater {
  private readonly running = new Map<string, Promise<ArticleUpdate>>()

  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly now: () => Date = () => new Date(),
    private readonly fetchLimits: FetchLimits = DEFAULT_FETCH_LIMITS,
    private readonly background: Background = quietBackground(),
  ) {}

  refresh(articleId: string): Promise<ArticleUpdate> {
    const previous = this.running.get(articleId) ?? Promise.resolve(undefined)
    const next = previous.catch(() => undefined).then(() => this.refreshNow(articleId))
    this.running.set(articleId, next)
    return next.finally(() => {
      if (this.running.get(articleId) === next) this.running.delete(articleId)
    })
  }

  private async readSource(article: Article): Promise<ArticleFile> {
    if (article.path) {
      const input = { path: article.path, now: this.now().toISOString() }
      return this.background.pool.run('readFile', input)
    }
    if (article.format === 'url' && article.url)
      return fetchArticle(article.url, this.fetchLimits, this.now())
    throw new ServiceError(
      'unsupported',
      'This article was pasted or uploaded: there is no source to check for updates.',
    )
  }

  private result(
    article: Article,
    status: ArticleUpdate['status'],
    message: string,
    rest: Partial<ArticleUpdate> = {},
  ): ArticleUpdate {
    return {
      articleId: article.id,
      status,
      message,
      checkedAt: this.now().toISOString(),
      changes: [],
      touched: [],
      anchors: { anchored: 0, moved: 0, 'needs-review': 0, orphaned: 0 },
      ...rest,
    }
  }

  /** In a pool thread; many claims are background work the windows show. */
  private reanchor(article: Article, newText: string, claims: readonly Claim[]): Promise<Claim[]> {
    const input = { oldText: article.text, newText, claims: [...claims] }
    if (claims.length < MANY_CLAIMS) return this.background.pool.run('reanchor', input)
    const label = `Re-anchoring ${claims.length.toLocaleString('en')} claims in “${article.title}”`
    return this.background.tasks.run(label, null, (task) =>
      this.background.pool.run('reanchor', input, { signal: task.signal }),
    )
  }

  private async refreshNow(articleId: string): Promise<ArticleUpdate> {
    this.store.assertWritable()
    const current = await this.store.getArticle(articleId)
    let source: ArticleFile
    try {
      source = await this.readSource(current)
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      return this.result(current, 'unavailable', error.message)
    }
    if (source.meta.sha256 === current.sha256)
      return this.result(current, 'unchanged', `“${current.title}” has not changed.`)
    const next = assembleArticle(
      articleId,
      { ...source.meta, importedAt: current.importedAt, path: current.path ?? source.meta.path },
      source.blocks,
    )
    const claims = await this.book.forArticle(articleId)
    const before = new Map(claims.all.map((claim) => [claim.id, claim]))
    const reanchored = await this.reanchor(current, next.text, claims.all)
    await this.store.replaceArticle(next, this.now().toISOString(), source.original)
    await claims.change(() => reanchored)
    const update = this.result(current, 'updated', `“${next.title}” was updated.`, {
      changes: paragraphChanges(
        current.blocks.map((block) => block.text),
        next.blocks.map((block) => block.text),
      ),
      touched: reanchored
        .filter((claim) => hasChanged(before.get(claim.id), claim))
        .map((claim) => ({
          claimId: claim.id,
          state: claim.anchor.state,
          confidence: claim.anchor.confidence,
        })),
      anchors: countStates(reanchored),
    })
    // Every open window shows the update's notice and reloads the article with its claims.
    this.store.report({ kind: 'article-text', articleId, update })
    return update
  }
}
