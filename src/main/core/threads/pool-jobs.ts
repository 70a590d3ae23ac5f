import type { Article } from '../../../shared/article-model'
import type { Claim } from '../../../shared/claim-model'
import type { ArticleFormat } from '../../../shared/article-model'
import type { ArticleSource } from '../import/read-article-file'
import type { EvidenceJob } from '../evidence/evidence-zip'
import type { PageCapture } from '../evidence/page-capture'
import type { ReportJob } from '../reports/report-job'

/**
 * The heavy work the pool's threads do, each job a pure function of its input: analysing an
 * article for comparison, re-anchoring claims, reading an import file, finding discrepancies
 * across the workspace, writing a large report, archiving a page, building an evidence package. Libraries load on a job's first use.
 */
export const POOL_JOBS = {
  /** An article's analysis, also kept in `file` (a cache: failing to write it loses nothing). */
  analyse: async ({ article, file }: { article: Article; file: string }) =>
    (await import('../compare/analysis-file')).analyseToFile(article, file),
  /** The same, answering only once the file is written: the caller reads it when it needs it. */
  analyseToFile: async ({ article, file }: { article: Article; file: string }) => {
    await (await import('../compare/analysis-file')).analyseToFile(article, file)
    return null
  },
  reanchor: async ({
    oldText,
    newText,
    claims,
  }: {
    oldText: string
    newText: string
    claims: Claim[]
  }) => (await import('../anchoring/reanchor')).reanchorClaims(oldText, newText, claims),
  readFile: async ({ path, now }: { path: string; now: string }) =>
    (await import('../import/read-article-file')).readArticleFile(path, new Date(now)),
  readBytes: async (input: {
    bytes: Uint8Array
    source: ArticleSource
    asFormat?: ArticleFormat
    now: string
  }) =>
    (await import('../import/read-article-file')).readArticleBytes(input.bytes, input.source, {
      ...(input.asFormat ? { asFormat: input.asFormat } : {}),
      now: new Date(input.now),
    }),
  /** Kept as pages need them, their passages as bytes moved to the main thread (see discrepancy-shelf). */
  discrepancies: async ({ files }: { files: string[] }) => {
    const found = await (
      await import('../compare/outlet-discrepancies')
    ).discrepanciesOfFiles(files)
    return (await import('../compare/discrepancy-shelf')).shelvedForTransfer(found)
  },
  report: async (job: ReportJob) => (await import('../reports/report-job')).writeReport(job),
  /** An archived page as a WARC file's bytes. */
  warc: async (input: { capture: PageCapture; fileName: string; archivedAt: string }) =>
    (await import('../evidence/warc-file')).warcOfCapture(
      input.capture,
      input.fileName,
      new Date(input.archivedAt),
    ),
  evidencePackage: async (job: EvidenceJob) =>
    (await import('../evidence/evidence-zip')).evidenceZip(job),
}

export type PoolJobs = typeof POOL_JOBS
