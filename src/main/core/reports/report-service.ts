import type {
  PdfRequest,
  PdfResult,
  ReportFile,
  ReportFormat,
  ReportRequest,
  ReportScope,
} from '../../../shared/report-model'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../shared/report-options'
import type { ClaimBook } from '../claims/claim-book'
import { ClaimService } from '../claims/claim-service'
import { CompareService } from '../compare/compare-service'
import { definedFields } from '../defined-fields'
import type { RunningTask } from '../tasks/task-board'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { quietBackground, type Background } from '../threads/background'
import { pack } from '../threads/packed'
import { claimReviewGaps } from './claim-review-report'
import { hasDisagreements, publishReport, type ReportSources } from './published-report'
import { reportFileName, REPORT_FILE_TYPES } from './report-file-name'
import { claimCount, gatherReportData, onlyApproved, type ReportData } from './report-data'
import {
  DATA_FORMATS,
  isPublished,
  PUBLISHED_FORMATS,
  reportPieces,
  type ReportHead,
  type ReportJob,
} from './report-job'

/** A report of more claims than this is written in a worker thread, as background work. */
export const LARGE_REPORT_CLAIMS = 10_000

/** What a report written in the background needs beyond ReportSources: where the sentences are. */
export type BackgroundReportSources = ReportSources & {
  analysisFiles(task: RunningTask): Promise<Record<string, string>>
}

/** Prints a finished HTML report to a PDF file; null when the user cancelled. Electron only. */
export type SavePdf = (html: string, fileName: string) => Promise<string | null>

/** A report service on its own (the CLI, tests), with the comparison it needs for disagreements. */
export const standaloneReportService = (
  store: WorkspaceStore,
  book: ClaimBook,
  now?: () => Date,
): ReportService =>
  new ReportService(
    store,
    book,
    new CompareService(store, book, new ClaimService(store, book)),
    now,
  )

/** Exports the claims in a scope in one of the report formats; the clock is injectable so tests get fixed bytes. */
export class ReportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly sources: BackgroundReportSources,
    private readonly now: () => Date = () => new Date(),
    private readonly background: Background = quietBackground(),
  ) {}

  /** The options a request leaves out come from the workspace's remembered ones. */
  private optionsFor(request: ReportRequest['options']): ReportOptions {
    return {
      ...DEFAULT_REPORT_OPTIONS,
      ...this.store.data.settings.report,
      ...definedFields(request ?? {}),
    }
  }

  async export(
    scope: ReportScope,
    format: ReportFormat,
    options?: ReportRequest['options'],
    generatedAt?: string,
    publisher?: ReportRequest['publisher'],
  ): Promise<ReportFile> {
    const date = generatedAt ? new Date(generatedAt) : this.now()
    const settled = this.optionsFor(options)
    const inScope = await gatherReportData(this.store, this.book, scope, date)
    const data = settled.approvedOnly ? onlyApproved(inScope) : inScope
    const gathered = { ...data, settings: { ...data.settings, ...definedFields(publisher ?? {}) } }
    const subject =
      scope.kind === 'article'
        ? (gathered.articles[0]?.article.title ?? '')
        : gathered.settings.displayName || gathered.workspaceName
    const file = (data: ReportData, content: string): ReportFile => ({
      fileName: reportFileName(subject, format, data.generatedAt),
      mimeType: REPORT_FILE_TYPES[format].mimeType,
      content,
      claimCount: claimCount(data),
      warnings: format === 'claimreview' ? claimReviewGaps(data) : [],
    })
    if (claimCount(gathered) > LARGE_REPORT_CLAIMS)
      return file(gathered, await this.writeInBackground(gathered, format, settled))
    if (!isPublished(format)) return file(gathered, DATA_FORMATS[format](gathered))
    const report = await publishReport(gathered, settled, this.sources)
    return file(report, PUBLISHED_FORMATS[format](report))
  }

  /** A large report: its data handed to a pool thread a slice at a time, written there. */
  private writeInBackground(
    data: ReportData,
    format: ReportFormat,
    options: ReportOptions,
  ): Promise<string> {
    const count = claimCount(data).toLocaleString('en')
    return this.background.tasks.run(`Writing a report of ${count} claims`, null, async (task) => {
      const { job, transfer } = await this.jobOf(data, format, options, task)
      return this.background.pool.run('report', job, { signal: task.signal, transfer })
    })
  }

  /** A report as a pool thread's job: its data packed, with the comparison's results it needs. */
  private async jobOf(
    data: ReportData,
    format: ReportFormat,
    options: ReportOptions,
    task: RunningTask,
  ): Promise<{ job: ReportJob; transfer: ArrayBuffer[] }> {
    const published = isPublished(format)
    const discrepancies =
      published && hasDisagreements(data, options) ? [...(await this.sources.discrepancies())] : []
    const analysisFiles = published ? await this.sources.analysisFiles(task) : {}
    const { articles, generatedAt, ...rest } = data
    const head: ReportHead = { ...rest, generatedAt: generatedAt.toISOString() }
    const { parts, transfer } = await pack(reportPieces(head, articles), task.signal)
    return { job: { format, options, parts, discrepancies, analysisFiles }, transfer }
  }

  /**
   * The Markdown report of every claim with the remembered options, as a pool thread's job, and
   * the data it was gathered from (an evidence package cites what that report cites).
   */
  async markdownJob(
    generatedAt: Date,
    task: RunningTask,
  ): Promise<{ data: ReportData; job: ReportJob; transfer: ArrayBuffer[] }> {
    const data = await gatherReportData(this.store, this.book, { kind: 'all' }, generatedAt)
    return { data, ...(await this.jobOf(data, 'md', this.optionsFor(undefined), task)) }
  }

  /** The HTML report printed to PDF by `savePdf`; where the desk cannot print, says so. */
  async savePdf({ scope, options }: PdfRequest, savePdf: SavePdf | undefined): Promise<PdfResult> {
    if (!savePdf) return { isSupported: false, savedTo: null }
    const page = await this.export(scope, 'html', options)
    const savedTo = await savePdf(page.content, page.fileName.replace(/\.html$/, '.pdf'))
    return { isSupported: true, savedTo }
  }
}
