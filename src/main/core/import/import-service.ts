import { readdir } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import type { ImportOutcome, ImportSummary, UploadedFile } from '../../../shared/import-model'
import { ServiceError } from '../../../shared/result'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { fetchArticle, DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetch-article'
import { articleFromPaste } from './paste-article'
import { readArticleBytes, readArticleFile, type ArticleFile } from './read-article-file'

export type ImportProgress = { done: number; total: number; current: string }

const summarise = (outcomes: ImportOutcome[]): ImportSummary => ({
  outcomes,
  imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
  duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
  skipped: outcomes.filter((outcome) => outcome.status === 'skipped').length,
})

const isHidden = (path: string) => path.split(sep).some((part) => part.startsWith('.'))

/** Every way an article gets into the workspace; one bad source is reported and never stops the rest. */
export class ImportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly fetchLimits: FetchLimits = DEFAULT_FETCH_LIMITS,
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

  async importFiles(
    paths: string[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    this.store.assertWritable()
    const outcomes: ImportOutcome[] = []
    for (const [index, path] of paths.entries()) {
      onProgress?.({ done: index, total: paths.length, current: basename(path) })
      outcomes.push(await this.add(basename(path), () => readArticleFile(path)))
    }
    onProgress?.({ done: paths.length, total: paths.length, current: '' })
    return summarise(outcomes)
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
    const outcomes: ImportOutcome[] = []
    for (const file of files) {
      const bytes = Buffer.from(file.contentBase64, 'base64')
      outcomes.push(
        await this.add(file.name, () => readArticleBytes(bytes, { fileName: basename(file.name) })),
      )
    }
    return summarise(outcomes)
  }

  async importText(text: string): Promise<ImportSummary> {
    this.store.assertWritable()
    return summarise([await this.add('pasted text', async () => articleFromPaste(text))])
  }

  async importUrl(url: string): Promise<ImportSummary> {
    this.store.assertWritable()
    return summarise([await this.add(url, () => fetchArticle(url, this.fetchLimits))])
  }
}
