import type { Claim } from '../../../shared/claim-model'
import type { Discrepancy } from '../../../shared/compare-model'
import type { ReportFormat } from '../../../shared/report-model'
import type { ReportOptions } from '../../../shared/report-options'
import { readAnalysisFile } from '../compare/read-analysis-file'
import { unpack } from '../threads/packed'
import { claimReviewReport } from './claim-review-report'
import { csvReport } from './csv-report'
import { htmlReport } from './html-report'
import { hypothesisReport } from './hypothesis-report'
import { markdownReport } from './markdown-report'
import { publishReport, type PublishedReport } from './published-report'
import type { ReportArticle, ReportData } from './report-data'
import { webAnnotationReport } from './web-annotation-report'

/** Everything but the articles, as it travels (a date becomes its ISO string). */
export type ReportHead = Omit<ReportData, 'articles' | 'generatedAt'> & { generatedAt: string }

/** A report written in a worker thread: its data as packed parts (see `reportPieces`). */
export type ReportJob = {
  format: ReportFormat
  options: ReportOptions
  parts: Uint8Array[]
  discrepancies: Discrepancy[]
  /** Each article's analysis file, where its sentences are read. */
  analysisFiles: Record<string, string>
}

/** The formats made for people: they read the finding, the quote in context and the disagreements. */
export const PUBLISHED_FORMATS = { md: markdownReport, html: htmlReport }
export const isPublished = (format: ReportFormat): format is keyof typeof PUBLISHED_FORMATS =>
  format in PUBLISHED_FORMATS

export const DATA_FORMATS: Record<
  Exclude<ReportFormat, keyof typeof PUBLISHED_FORMATS>,
  (data: ReportData) => string
> = {
  csv: csvReport,
  w3c: webAnnotationReport,
  claimreview: claimReviewReport,
  hypothesis: hypothesisReport,
}

/** The published report a job describes, made in a pool thread from its packed data. */
export async function publishedReportOf(job: ReportJob): Promise<PublishedReport> {
  const data = reportDataOf(job)
  return publishReport(data, job.options, {
    discrepancies: async () => job.discrepancies,
    sentences: async (articleId) => {
      const file = job.analysisFiles[articleId]
      return file ? (await readAnalysisFile(file)).sentences : []
    },
  })
}

/** How many claims go in one packed part: a part is encoded in one go, so it must stay small. */
const CLAIMS_PER_PART = 100

/** An article as it travels: without its claims, which follow in `claimParts` parts of their own. */
type PackedArticle = Omit<ReportArticle, 'claims'> & { claimParts: number }

/** The head, then each article followed by its claims a part at a time (see `reportDataOf`). */
export function* reportPieces(head: ReportHead, articles: readonly ReportArticle[]) {
  yield head
  for (const { claims, ...entry } of articles) {
    const claimParts = Math.ceil(claims.length / CLAIMS_PER_PART)
    yield { ...entry, claimParts } satisfies PackedArticle
    for (let start = 0; start < claims.length; start += CLAIMS_PER_PART)
      yield claims.slice(start, start + CLAIMS_PER_PART)
  }
}

function reportDataOf(job: ReportJob): ReportData {
  const [head, ...pieces] = unpack<unknown>(job.parts) as [ReportHead, ...unknown[]]
  const articles: ReportArticle[] = []
  for (let next = 0; next < pieces.length;) {
    const { claimParts, ...entry } = pieces[next++] as PackedArticle
    const claims = (pieces.slice(next, next + claimParts) as Claim[][]).flat()
    articles.push({ ...entry, claims })
    next += claimParts
  }
  return { ...head, generatedAt: new Date(head.generatedAt), articles }
}

/** Writes the report a job describes (in a pool thread); the same writers as on the main thread. */
export async function writeReport(job: ReportJob): Promise<string> {
  if (!isPublished(job.format)) return DATA_FORMATS[job.format](reportDataOf(job))
  return PUBLISHED_FORMATS[job.format](await publishedReportOf(job))
}
