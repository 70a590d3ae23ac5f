import type { Discrepancy } from '../../../shared/compare-model'
import type { ReportFormat } from '../../../shared/report-model'
import type { ReportOptions } from '../../../shared/report-options'
import { readAnalysisFile } from '../compare/analysis-file'
import { unpack } from '../threads/packed'
import { claimReviewReport } from './claim-review-report'
import { csvReport } from './csv-report'
import { htmlReport } from './html-report'
import { hypothesisReport } from './hypothesis-report'
import { markdownReport } from './markdown-report'
import { publishReport } from './published-report'
import type { ReportArticle, ReportData } from './report-data'
import { webAnnotationReport } from './web-annotation-report'

/** Everything but the articles, as it travels (a date becomes its ISO string). */
export type ReportHead = Omit<ReportData, 'articles' | 'generatedAt'> & { generatedAt: string }

/** A report written in a worker thread: the head, then each article with its claims, as packed parts. */
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

/** Writes the report a job describes (in a pool thread); the same writers as on the main thread. */
export async function writeReport(job: ReportJob): Promise<string> {
  const [head, ...articles] = unpack<unknown>(job.parts) as [ReportHead, ...ReportArticle[]]
  const data: ReportData = { ...head, generatedAt: new Date(head.generatedAt), articles }
  if (!isPublished(job.format)) return DATA_FORMATS[job.format](data)
  const report = await publishReport(data, job.options, {
    discrepancies: async () => job.discrepancies,
    sentences: async (articleId) => {
      const file = job.analysisFiles[articleId]
      return file ? (await readAnalysisFile(file)).sentences : []
    },
  })
  return PUBLISHED_FORMATS[job.format](report)
}
