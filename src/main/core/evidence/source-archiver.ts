import { readFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Claim } from '../../../shared/claim-model'
import type { ArchivedPage, SourceSnapshot } from '../../../shared/evidence-model'
import { ServiceError } from '../../../shared/result'
import type { ClaimService } from '../claims/claim-service'
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from '../import/fetch-article'
import { readArticleBytes } from '../import/read-article-file'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import type { Background } from '../threads/background'
import { STORE_FOLDER } from '../workspace/workspace-file'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { fetchLimitsFor } from './network-policy'
import { capturePage } from './page-capture'
import { responseOfWarc } from './warc-file'

export const EVIDENCE_FOLDER = 'evidence'

const warcFileName = (archivedAt: Date) =>
  `${archivedAt.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.warc.gz`

/** Archives sources' pages as WARC files in `<workspace>/.claimdesk/evidence/` and reads them back. */
export class SourceArchiver {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly background: Background,
    private readonly fetchLimits: FetchLimits = DEFAULT_FETCH_LIMITS,
    private readonly now = () => new Date(),
  ) {}

  private get folder(): string {
    return join(this.store.folder, STORE_FOLDER, EVIDENCE_FOLDER)
  }

  /**
   * Fetches `url` as background work (progress, cancel) and keeps it as a WARC file, written in a
   * pool thread: digesting and compressing a large page would otherwise hold up the desk.
   */
  archiveUrl(
    url: string,
    options: { allowPrivateNetwork?: boolean } = {},
  ): Promise<SourceSnapshot> {
    this.store.assertWritable()
    const allowPrivateNetwork =
      options.allowPrivateNetwork === true || this.store.data.settings.allowPrivateNetwork === true
    const limits = fetchLimitsFor(this.fetchLimits, { allowPrivateNetwork })
    const { pool, tasks } = this.background
    return tasks.run(`Archiving ${url}`, 2, async (task) => {
      const capture = await capturePage(url, limits, task.signal)
      task.advance(1)
      const archivedAt = this.now()
      const warcFile = warcFileName(archivedAt)
      const bytes = await pool.run(
        'warc',
        { capture, fileName: warcFile, archivedAt: archivedAt.toISOString() },
        { signal: task.signal },
      )
      if (task.signal.aborted) throw new ServiceError('cancelled', `Archiving ${url}: cancelled.`)
      await ensureDir(this.folder)
      await writeFileAtomic(nodeFs, join(this.folder, warcFile), bytes)
      task.advance(2)
      const contentType =
        capture.responseHeaders.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
      return {
        id: randomUUID(),
        requestedUrl: capture.requestedUrl,
        finalUrl: capture.finalUrl,
        httpStatus: capture.httpStatus,
        contentType: contentType.slice(0, 200),
        archivedAt: archivedAt.toISOString(),
        payloadSha256: capture.payloadSha256,
        payloadBytes: capture.body.length,
        warcFile,
      }
    })
  }

  /** Archives a claim's source and adds the snapshot to it (an edit of the claim, undoable). */
  async archiveSource(
    claims: ClaimService,
    ref: { articleId: string; claimId: string; sourceId: string },
  ): Promise<Claim> {
    const source = await this.sourceOf(claims, ref)
    const snapshot = await this.archiveUrl(source.url)
    // Read again: the claim may have been edited while the page was fetched.
    const claim = (await claims.list(ref.articleId)).find((entry) => entry.id === ref.claimId)
    if (!claim?.sources.some((entry) => entry.id === ref.sourceId))
      throw new ServiceError('conflict', 'The source was removed while its page was archived.')
    const sources = claim.sources.map((entry) =>
      entry.id === ref.sourceId
        ? { ...entry, snapshots: [...(entry.snapshots ?? []), snapshot].slice(-50) }
        : entry,
    )
    return claims.update(ref.articleId, ref.claimId, { sources })
  }

  /** The archived page's readable text, extracted as URL import extracts it (Readability). */
  async read(warcFile: string): Promise<ArchivedPage> {
    const bytes = await readFile(join(this.folder, warcFile)).catch(() => {
      throw new ServiceError('not-found', `The archived copy ${warcFile} is missing.`)
    })
    const response = await responseOfWarc(bytes)
    if (!response) throw new ServiceError('not-found', `${warcFile} holds no archived page.`)
    const type = response.contentType.split(';')[0]?.trim().toLowerCase() ?? ''
    const format = type === 'text/plain' ? 'txt' : type === 'application/pdf' ? 'pdf' : 'html'
    const file = await readArticleBytes(
      response.body,
      { fileName: warcFile, url: response.targetUri },
      { format, asFormat: 'url' },
    )
    const blocks = file.blocks.map(({ kind, text }) => ({ kind, text }))
    return { title: file.meta.title, url: response.targetUri, blocks }
  }

  private async sourceOf(
    claims: ClaimService,
    ref: { articleId: string; claimId: string; sourceId: string },
  ) {
    const claim = (await claims.list(ref.articleId)).find((entry) => entry.id === ref.claimId)
    const source = claim?.sources.find((entry) => entry.id === ref.sourceId)
    if (!source) throw new ServiceError('not-found', 'That source is not on the claim.')
    return source
  }
}
