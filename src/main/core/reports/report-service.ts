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
import type { WorkspaceStore } from '../workspace/workspace-store'
import { claimReviewGaps, claimReviewReport } from './claim-review-report'
import { csvReport } from './csv-report'
import { htmlReport } from './html-report'
import { hypothesisReport } from './hypothesis-report'
import { markdownReport } from './markdown-report'
import { publishReport, type ReportSources } from './published-report'
import { reportFileName, REPORT_FILE_TYPES } from './report-file-name'
import { claimCount, gatherReportData, type ReportData } from './report-data'
import { webAnnotationReport } from './web-annotation-report'

/** The formats made for people: they read the finding, the quote in context and the disagreements. */
const PUBLISHED = { md: markdownReport, html: htmlReport }
const isPublished = (format: ReportFormat): format is keyof typeof PUBLISHED => format in PUBLISHED

const DATA_FORMATS: Record<
  Exclude<ReportFormat, keyof typeof PUBLISHED>,
  (data: ReportData) => string
> = {
  csv: csvReport,
  w3c: webAnnotationReport,
  claimreview: claimReviewReport,
  hypothesis: hypothesisReport,
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
    private readonly sources: ReportSources,
    private readonly now: () => Date = () => new Date(),
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
    const data = await gatherReportData(this.store, this.book, scope, date)
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
    if (!isPublished(format)) return file(gathered, DATA_FORMATS[format](gathered))
    const report = await publishReport(gathered, this.optionsFor(options), this.sources)
    return file(report, PUBLISHED[format](report))
  }

  /** The HTML report printed to PDF by `savePdf`; where the desk cannot print, says so. */
  async savePdf({ scope, options }: PdfRequest, savePdf: SavePdf | undefined): Promise<PdfResult> {
    if (!savePdf) return { isSupported: false, savedTo: null }
    const page = await this.export(scope, 'html', options)
    const savedTo = await savePdf(page.content, page.fileName.replace(/\.html$/, '.pdf'))
    return { isSupported: true, savedTo }
  }
}
