import { readdir } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import type { ImportOutcome, ImportSummary, UploadedFile } from '../../../shared/import-model'
import { ServiceError } from '../../../shared/result'
import { unseenTask, type RunningTask } from '../tasks/task-board'
import { quietBackground, type Background } from '../threads/background'
import { poolSize } from '../threads/worker-pool'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { fetchLimitsFor } from '../evidence/network-policy'
import { fetchArticle, DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetch-article'
import { articleFromPaste } from './paste-article'
import type { ArticleFile } from './read-article-file'

export type ImportProgress = { done: number; total: number; current: string }

/** One file to import: its name as the summary gives it, and how to read it (in a pool thread). */
type Source = { source: string; read: (signal: AbortSignal) => Promise<ArticleFile> }

const CANCELLED = 'The import was cancelled before this file.'

const summarise = (outcomes: ImportOutcome[]): ImportSummary => ({
  outcomes,
  imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
  duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
  skipped: outcomes.filter((outcome) => outcome.status === 'skipped').length,
})

const importLabel = (count: number) =>
  `Importing ${count.toLocaleString('en')} file${count === 1 ? '' : 's'}`

const isHidden = (path: string) => path.split(sep).some((part) => part.startsWith('.'))

/** Every way an article gets into the workspace; one bad source is reported and never stops the rest. */
export class ImportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly fetchLimits: FetchLimits = DEFAULT_FETCH_LIMITS,
    private readonly background: Background = quietBackground(),
  ) {}

  /** Reads, then adds: an article already in the workspace (same sha256) is reported, not added twice. */
  private async add(source: string, read: () => Promise<ArticleFile>): Promise<ImportOutcome> {
    try {
      const file = await read()
      const existing = this.store.findBySha256(file.meta.sha256)
      if (existing) {
        const message = `“${existing.title}” is already in this workspace.`
        return { status: 'duplicate', source, articleId: existing.id, message }
      }
      const article = await this.store.addArticle(file)
      const summary = this.store.listArticles().find((entry) => entry.id === article.id)
      if (!summary)
        throw new ServiceError('internal', 'The article was saved but is missing from the index.')
      return {
        status: 'imported',
        source,
        article: summary,
        ...(file.notice ? { notice: file.notice } : {}),
      }
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code === 'read-only') throw error
      return { status: 'skipped', source, message: error.message }
    }
  }

  /**
   * Files are read and parsed in the pool's threads, a few ahead, and added in their order, as
   * background work with progress; a cancelled import keeps what it added and lists the rest.
   */
  private importAll(
    label: string,
    sources: readonly Source[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    const work = async (task: RunningTask) => {
      // Only the reads ahead are held: a parsed file is let go once it is added.
      const reads = new Map<number, Promise<ArticleFile>>()
      let started = 0
      const readAhead = (upTo: number) => {
        for (; started < Math.min(upTo, sources.length); started++) {
          const read = (sources[started] as Source).read(task.signal)
          read.catch(() => {})
          reads.set(started, read)
        }
      }
      const outcomes: ImportOutcome[] = []
      for (const [index, { source }] of sources.entries()) {
        if (task.signal.aborted) outcomes.push({ status: 'skipped', source, message: CANCELLED })
        else {
          onProgress?.({ done: index, total: sources.length, current: source })
          readAhead(index + poolSize() * 2)
          const read = reads.get(index) as Promise<ArticleFile>
          reads.delete(index)
          outcomes.push(await this.addRead(source, read, task))
        }
        task.advance(index + 1)
      }
      onProgress?.({ done: sources.length, total: sources.length, current: '' })
      return summarise(outcomes)
    }
    // One file (the desk uploads a picked file at a time, with its own progress) is no task.
    if (sources.length === 1) return work(unseenTask())
    return this.background.tasks.run(label, sources.length, work)
  }

  /** Adds a file read ahead; one whose read was cancelled is listed as not imported. */
  private addRead(
    source: string,
    read: Promise<ArticleFile>,
    task: RunningTask,
  ): Promise<ImportOutcome> {
    return this.add(source, () => read).catch((error: unknown) => {
      if (!task.signal.aborted) throw error
      return { status: 'skipped' as const, source, message: CANCELLED }
    })
  }

  async importFiles(
    paths: string[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    this.store.assertWritable()
    const now = new Date().toISOString()
    const sources = paths.map((path) => ({
      source: basename(path),
      read: (signal: AbortSignal) =>
        this.background.pool.run('readFile', { path, now }, { signal }),
    }))
    return this.importAll(importLabel(paths.length), sources, onProgress)
  }

  /** Every file in a folder and its subfolders, hidden ones (such as the store itself) left out. */
  async importFolder(
    folder: string,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    this.store.assertWritable()
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => {
      throw new ServiceError(
        'io-error',
        `Could not read the folder ${folder}: it is missing or not accessible.`,
      )
    })
    const paths = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !isHidden(relative(folder, path)))
      .sort()
    const summary = await this.importFiles(paths, onProgress)
    const outcomes = summary.outcomes.map((outcome, index) => ({
      ...outcome,
      source: relative(folder, paths[index] ?? ''),
    }))
    return summarise(outcomes)
  }

  async importUploads(files: UploadedFile[]): Promise<ImportSummary> {
    this.store.assertWritable()
    const now = new Date().toISOString()
    const sources = files.map((file) => ({
      source: file.name,
      read: (signal: AbortSignal) => {
        const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'))
        const source = { fileName: basename(file.name) }
        const transfer = [bytes.buffer as ArrayBuffer]
        return this.background.pool.run('readBytes', { bytes, source, now }, { signal, transfer })
      },
    }))
    return this.importAll(importLabel(files.length), sources)
  }

  async importText(text: string): Promise<ImportSummary> {
    this.store.assertWritable()
    return summarise([await this.add('pasted text', async () => articleFromPaste(text))])
  }

  async importUrl(url: string): Promise<ImportSummary> {
    this.store.assertWritable()
    const limits = fetchLimitsFor(this.fetchLimits, this.store.data.settings)
    return summarise([await this.add(url, () => fetchArticle(url, limits))])
  }
}
