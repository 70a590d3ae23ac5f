import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import {
  ArticleMeta,
  type Article,
  type ArticleSummary,
  type ArticleVersion,
} from '../../../shared/article-model'
import { withDetails, type ArticleDetails } from '../../../shared/article-details'
import type { CheckedAgainst } from '../../../shared/claim-model'
import type { WorkspaceInfo } from '../../../shared/workspace-model'
import { ServiceError } from '../../../shared/result'
import { assembleArticle } from '../article-record'
import type { ArticleFile } from '../import/read-article-file'
import { DurableJsonFile } from '../store/durable-json-file'
import { salvageEntries } from '../store/salvage-entries'
import type { StoreChange } from '../history/store-change'
import { OriginalFiles } from '../versions/original-files'
import { DEFAULT_SETTINGS, DEFAULT_TAGS, DEFAULT_VERDICT_SCALE } from './defaults'
import { indexChanges, snapshotIndex } from './index-changes'
import { repairWorkspace } from './repair-workspace'
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleFileRecord,
  type ArticleEntry,
  STORE_FOLDER,
  WORKSPACE_MIGRATIONS,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceFile,
} from './workspace-file'

const freshWorkspace = (name: string, now: Date): WorkspaceFile => ({
  name,
  createdAt: now.toISOString(),
  articles: [],
  tags: structuredClone(DEFAULT_TAGS),
  verdictScale: structuredClone(DEFAULT_VERDICT_SCALE),
  settings: { ...DEFAULT_SETTINGS },
})

/**
 * A workspace folder and its store: `<folder>/.claimdesk/workspace.json` indexes the articles,
 * `<folder>/.claimdesk/articles/<id>.json` holds each article's text. Only the main side writes here.
 */
export class WorkspaceStore {
  private readonly notices: string[] = []
  private readonly articleCache = new Map<string, Article>()
  private readonly changeListeners = new Set<(change: StoreChange) => void>()
  /** The bytes of every file an article was read from, one file per sha256. */
  readonly originals: OriginalFiles

  private constructor(
    readonly folder: string,
    private readonly index: Low<WorkspaceFile>,
    private readonly indexFile: DurableJsonFile<WorkspaceFile>,
    readonly isNew: boolean,
  ) {
    this.originals = new OriginalFiles(join(folder, STORE_FOLDER))
  }

  static async open(folder: string, now = new Date()): Promise<WorkspaceStore> {
    const storeFolder = join(folder, STORE_FOLDER)
    // The lock may have made the store folder already; a workspace is new until its index exists.
    const isNew = !existsSync(join(storeFolder, 'workspace.json'))
    const notices: string[] = []
    const format = {
      schema: WorkspaceFile,
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      migrations: WORKSPACE_MIGRATIONS,
    }
    const onNotice = (message: string) => void notices.push(message)
    const indexPath = join(storeFolder, 'workspace.json')
    const salvage = () =>
      salvageEntries(indexPath, { ...format, repair: repairWorkspace, onNotice })
    const indexFile = new DurableJsonFile(indexPath, { ...format, onNotice, salvage })
    const index = new Low(indexFile, freshWorkspace(basename(folder), now))
    await index.read()
    const store = new WorkspaceStore(folder, index, indexFile, isNew)
    store.notices.push(...notices)
    return store
  }

  info(): WorkspaceInfo {
    return {
      name: this.index.data.settings.displayName || this.index.data.name,
      folder: this.folder,
      articleCount: this.index.data.articles.length,
      claimCount: this.index.data.articles.reduce((sum, entry) => sum + entry.claimCount, 0),
      isReadOnly: this.indexFile.isReadOnly,
      notices: [...this.notices],
    }
  }

  listArticles(): ArticleSummary[] {
    return this.index.data.articles
  }

  findBySha256(sha256: string): ArticleEntry | undefined {
    return this.index.data.articles.find((entry) => entry.sha256 === sha256)
  }

  /** An article; `keep: false` reads it without keeping it (a pass over every article). */
  async getArticle(articleId: string, { keep = true } = {}): Promise<Article> {
    const cached = this.articleCache.get(articleId)
    if (cached) return cached
    if (!this.index.data.articles.some((entry) => entry.id === articleId)) {
      throw new ServiceError(
        'not-found',
        `There is no article with id ${articleId} in this workspace.`,
      )
    }
    const article = await this.articleFile(articleId).read()
    if (!article)
      throw new ServiceError('io-error', `The text of article ${articleId} could not be read.`)
    if (keep) this.articleCache.set(articleId, article)
    return article
  }

  /** Adds an imported article; the same file (by sha256) is never added twice. */
  async addArticle(file: ArticleFile): Promise<Article> {
    this.assertWritable()
    const existing = this.findBySha256(file.meta.sha256)
    if (existing) {
      throw new ServiceError('conflict', `“${existing.title}” is already in this workspace.`)
    }
    const id = this.newArticleId(file.meta.sha256)
    const article = assembleArticle(id, file.meta, file.blocks)
    // Not kept: an import of a thousand files must not hold them all; it is kept once it is read.
    await this.articleFile(id).write(article)
    if (file.original)
      await this.originals.keep(id, file.meta.sha256, file.meta.format, file.original)
    const versions = [{ sha256: file.meta.sha256, at: file.meta.importedAt }]
    await this.updateIndex(
      (data) => void data.articles.push({ ...file.meta, id, claimCount: 0, versions }),
    )
    return article
  }

  /**
   * Adds an article another workspace imported (a team desk's), under the id it has there, so the
   * claims on it keep their article; an article already here is left as it is.
   */
  async adoptArticle(article: Article): Promise<void> {
    this.assertWritable()
    if (this.index.data.articles.some((entry) => entry.id === article.id)) return
    await this.articleFile(article.id).write(article)
    const entry = { ...ArticleMeta.parse(article), id: article.id, claimCount: 0 }
    const versions = [{ sha256: article.sha256, at: article.importedAt }]
    await this.updateIndex((data) => void data.articles.push({ ...entry, versions }))
  }

  /** Takes an article out of the index (its files stay, so putting the entry back restores it). */
  async removeArticleEntry(articleId: string): Promise<void> {
    await this.updateIndex((data) => {
      data.articles = data.articles.filter((entry) => entry.id !== articleId)
    })
    this.articleCache.delete(articleId)
  }

  /** Puts an article's entry back in the index, where its text is still on disk. */
  async restoreArticleEntry(entry: ArticleEntry): Promise<void> {
    if (this.index.data.articles.some((each) => each.id === entry.id)) return
    await this.updateIndex((data) => void data.articles.push(structuredClone(entry)))
  }

  /**
   * Gives an article the details the user wrote: its text file first, so reports and the search
   * index read them once the index reports the change (an undoable 'article-entry' change).
   */
  async setArticleDetails(articleId: string, details: ArticleDetails): Promise<ArticleSummary> {
    this.assertWritable()
    const article = withDetails(await this.getArticle(articleId), details)
    await this.articleFile(articleId).write(article)
    this.articleCache.set(articleId, article)
    await this.updateIndex((data) => {
      data.articles = data.articles.map((entry) =>
        entry.id === articleId ? withDetails(entry, details) : entry,
      )
    })
    return structuredClone(this.index.data.articles.find((entry) => entry.id === articleId)!)
  }

  /** The claim count shown in the article list; kept apart from `updateIndex` as it follows every mark. */
  async setClaimCount(articleId: string, claimCount: number): Promise<void> {
    this.assertWritable()
    const entry = this.index.data.articles.find((article) => article.id === articleId)
    if (!entry || entry.claimCount === claimCount) return
    entry.claimCount = claimCount
    await this.index.write()
    this.report({ kind: 'article-counts' })
  }

  /**
   * Puts an updated text in place of an article's current one (its source changed, at `at`); the
   * current text is kept first in `versions/<id>/<sha256>.json`, so what a claim said when checked
   * survives, and the new text becomes the article's last version; `original` is the new file's bytes.
   * A text already kept (the same bytes came back) is not written again.
   */
  async replaceArticle(
    next: Article,
    at = new Date().toISOString(),
    original?: Uint8Array,
  ): Promise<Article> {
    this.assertWritable()
    const previous = await this.getArticle(next.id)
    const { id } = next
    const meta = ArticleMeta.parse(next)
    const kept = this.articleFile(`${id}/${previous.sha256}`, 'versions')
    if (!existsSync(kept.filePath)) await kept.write(previous)
    if (original) await this.originals.keep(id, next.sha256, next.format, original)
    await this.articleFile(id).write(next)
    this.articleCache.set(id, next)
    await this.writeIndex((data) => {
      const index = data.articles.findIndex((candidate) => candidate.id === id)
      const entry = data.articles[index]
      if (!entry) return
      const versions = [...entry.versions]
      if (versions.at(-1)?.sha256 !== next.sha256) versions.push({ sha256: next.sha256, at })
      data.articles[index] = { ...meta, id, claimCount: entry.claimCount, versions }
    })
    this.report({ kind: 'article-text', articleId: id })
    return previous
  }

  /** Every text an article had, oldest first (version n is at n - 1); the last is the current one. */
  articleVersions(articleId: string): ArticleVersion[] {
    const entry = this.index.data.articles.find((candidate) => candidate.id === articleId)
    if (!entry)
      throw new ServiceError(
        'not-found',
        `There is no article with id ${articleId} in this workspace.`,
      )
    return entry.versions
  }

  /** The article's current version: its number and the sha256 of its text. */
  currentVersion(articleId: string): CheckedAgainst {
    const versions = this.articleVersions(articleId)
    return { version: versions.length, sha256: versions.at(-1)?.sha256 ?? '' }
  }

  /** The article as it read in version `number` (1 is the text first imported). */
  async getArticleVersion(articleId: string, number: number): Promise<Article> {
    const versions = this.articleVersions(articleId)
    const version = versions[number - 1]
    if (!Number.isInteger(number) || !version) {
      throw new ServiceError(
        'not-found',
        `Article ${articleId} has versions 1 to ${versions.length}; there is no version ${number}.`,
      )
    }
    if (number === versions.length) return this.getArticle(articleId)
    const kept = await this.articleFile(`${articleId}/${version.sha256}`, 'versions').read()
    if (!kept)
      throw new ServiceError(
        'io-error',
        `Version ${number} of article ${articleId} (sha256 ${version.sha256.slice(0, 12)}) could not be read.`,
      )
    return kept
  }

  /** The index as it is now; change it only through `updateIndex`. */
  get data(): Readonly<WorkspaceFile> {
    return this.index.data
  }

  get storeFolder(): string {
    return join(this.folder, STORE_FOLDER)
  }

  get isReadOnly(): boolean {
    return this.indexFile.isReadOnly
  }

  /** A notice already given is not given again (a file read twice, read-only each time). */
  addNotice(message: string): void {
    if (this.notices.includes(message)) return
    this.notices.push(message)
    this.report({ kind: 'notice' })
  }

  /** Hears every change the store makes (claims files report theirs here too); returns the unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.changeListeners.add(listener)
    return () => void this.changeListeners.delete(listener)
  }

  report(change: StoreChange): void {
    for (const listener of this.changeListeners) listener(change)
  }

  /** Changes the index in memory, resolves once it is on disk, and reports what changed. */
  async updateIndex(apply: (data: WorkspaceFile) => void): Promise<void> {
    this.assertWritable()
    const before = snapshotIndex(this.index.data)
    apply(this.index.data)
    await this.index.write()
    for (const change of indexChanges(before, this.index.data)) this.report(change)
  }

  /** An index change that is not the user's to undo (an article's text followed its source). */
  private async writeIndex(apply: (data: WorkspaceFile) => void): Promise<void> {
    this.assertWritable()
    apply(this.index.data)
    await this.index.write()
  }

  async close(): Promise<void> {
    await this.indexFile.flush()
  }

  assertWritable(): void {
    if (this.indexFile.isReadOnly) {
      throw new ServiceError(
        'read-only',
        'This workspace was made by a newer Claimdesk and is open read-only.',
      )
    }
  }

  private newArticleId(sha256: string): string {
    const taken = new Set(this.index.data.articles.map((entry) => entry.id))
    let id = `a${sha256.slice(0, 11)}`
    for (let n = 2; taken.has(id); n++) id = `a${sha256.slice(0, 11)}-${n}`
    return id
  }

  private articleFile(articleId: string, folder = 'articles'): DurableJsonFile<Article> {
    return new DurableJsonFile(join(this.folder, STORE_FOLDER, folder, `${articleId}.json`), {
      schema: ArticleFileRecord,
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      onNotice: (message) => this.notices.push(message),
    })
  }
}
