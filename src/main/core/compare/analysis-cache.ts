import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ArticleAnalysis } from './article-analysis'

/** Bump when the analysis changes shape or meaning: older cached analyses are then recomputed. */
const ANALYSIS_VERSION = 2

type CachedAnalysis = { version: number; sha256: string; analysis: ArticleAnalysis }

/**
 * Articles never change once imported (a changed file is a new sha256), so compromise reads each
 * once: the analysis is kept in memory and in `.claimdesk/analysis/`, a cache that is safe to delete.
 */
export class AnalysisCache {
  private readonly analyses = new Map<string, Promise<CachedAnalysis>>()

  constructor(private readonly store: WorkspaceStore) {}

  async forArticle(articleId: string): Promise<ArticleAnalysis> {
    const { sha256 } = await this.store.getArticle(articleId)
    let cached = this.analyses.get(articleId)
    if (!cached || (await cached).sha256 !== sha256) {
      cached = this.load(articleId, sha256)
      this.analyses.set(articleId, cached)
      cached.catch(() => this.analyses.delete(articleId))
    }
    return (await cached).analysis
  }

  async all(): Promise<ArticleAnalysis[]> {
    const analyses: ArticleAnalysis[] = []
    for (const entry of this.store.listArticles()) {
      const isCached = this.analyses.has(entry.id)
      analyses.push(await this.forArticle(entry.id))
      // compromise runs on the main side's thread: let other calls through between articles.
      if (!isCached) await new Promise((resolve) => setImmediate(resolve))
    }
    return analyses
  }

  private fileOf(articleId: string): string {
    return join(this.store.storeFolder, 'analysis', `${articleId}.json`)
  }

  private async load(articleId: string, sha256: string): Promise<CachedAnalysis> {
    const onDisk = await readFile(this.fileOf(articleId), 'utf8')
      .then((text) => JSON.parse(text) as CachedAnalysis)
      .catch(() => null)
    if (onDisk?.version === ANALYSIS_VERSION && onDisk.sha256 === sha256) return onDisk
    // compromise (the NLP library) loads on the first analysis, not when the app starts.
    const { analyseArticle } = await import('./article-analysis')
    const fresh: CachedAnalysis = {
      version: ANALYSIS_VERSION,
      sha256,
      analysis: analyseArticle(await this.store.getArticle(articleId)),
    }
    if (!this.store.isReadOnly) await this.save(articleId, fresh)
    return fresh
  }

  /** A cache that cannot be written is recomputed next time; the user loses nothing, so say nothing. */
  private async save(articleId: string, cached: CachedAnalysis): Promise<void> {
    try {
      await ensureDir(join(this.store.storeFolder, 'analysis'))
      await writeFileAtomic(nodeFs, this.fileOf(articleId), JSON.stringify(cached))
    } catch {
      // Deliberately ignored: see above.
    }
  }
}
