import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inParallel } from '../tasks/in-parallel'
import type { RunningTask } from '../tasks/task-board'
import type { Background } from '../threads/background'
import { poolSize } from '../threads/worker-pool'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ArticleAnalysis } from './article-analysis'
import { readAnalysisFile } from './read-analysis-file'

/** Bump when the analysis changes shape or meaning: older cached analyses are then recomputed. */
const ANALYSIS_VERSION = 3

/** Analyses kept in memory; the others are read back from disk (a thousand would take ~300 MB). */
const IN_MEMORY = 128

/**
 * Articles never change once imported (a changed file is a new sha256), so compromise reads each
 * once, in a worker thread: the analysis is kept in `.claimdesk/analysis/`, a cache that is safe
 * to delete, named by article, text and version, and the latest ones in memory.
 */
export class AnalysisCache {
  private readonly analyses = new Map<string, Promise<ArticleAnalysis>>()

  constructor(
    private readonly store: WorkspaceStore,
    private readonly background: Background,
  ) {}

  async forArticle(articleId: string): Promise<ArticleAnalysis> {
    const { sha256 } = await this.store.getArticle(articleId)
    const key = `${articleId}:${sha256}`
    let cached = this.analyses.get(key)
    if (cached) this.analyses.delete(key)
    cached ??= this.load(articleId, sha256)
    this.analyses.set(key, cached)
    cached.catch(() => this.analyses.delete(key))
    for (const old of this.analyses.keys()) {
      if (this.analyses.size <= IN_MEMORY) break
      this.analyses.delete(old)
    }
    return cached
  }

  /** Analyses every article not analysed yet, a few at a time; resolves with every analysis file. */
  async analyseAll(task: RunningTask): Promise<{ articleId: string; file: string }[]> {
    const entries = [...this.store.listArticles()]
    let done = 0
    task.advance(0, entries.length)
    return inParallel(
      entries,
      poolSize() * 2,
      async ({ id, sha256 }) => {
        const file = this.fileOf(id, sha256)
        if (!(await exists(file))) {
          const article = await this.store.getArticle(id, { keep: false })
          await this.background.pool.run(
            'analyseToFile',
            { article, file },
            { signal: task.signal },
          )
        }
        task.advance(++done)
        return { articleId: id, file }
      },
      task.signal,
    )
  }

  /** A workspace open read-only keeps its analyses in the system's temporary folder instead. */
  private get folder(): string {
    if (!this.store.isReadOnly) return join(this.store.storeFolder, 'analysis')
    const id = createHash('sha256').update(this.store.folder).digest('hex').slice(0, 16)
    return join(tmpdir(), 'claimdesk-analysis', id)
  }

  private fileOf(articleId: string, sha256: string): string {
    return join(this.folder, `${articleId}-${sha256.slice(0, 16)}-v${ANALYSIS_VERSION}.json`)
  }

  private async load(articleId: string, sha256: string): Promise<ArticleAnalysis> {
    const file = this.fileOf(articleId, sha256)
    const onDisk = await readAnalysisFile(file).catch(() => null)
    if (onDisk) return onDisk
    const article = await this.store.getArticle(articleId)
    return this.background.pool.run('analyse', { article, file })
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )
