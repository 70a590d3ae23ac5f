import type { ReportFile, ReportFormat, ReportScope } from '../../../shared/report-model'
import type { ClaimBook } from '../claims/claim-book'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { claimReviewGaps, claimReviewReport } from './claim-review-report'
import { csvReport } from './csv-report'
import { markdownReport } from './markdown-report'
import { reportFileName, REPORT_FILE_TYPES } from './report-file-name'
import { claimCount, gatherReportData, type ReportData } from './report-data'
import { webAnnotationReport } from './web-annotation-report'

const RENDERERS: Record<ReportFormat, (data: ReportData) => string> = {
  md: markdownReport,
  csv: csvReport,
  w3c: webAnnotationReport,
  claimreview: claimReviewReport,
}

/** Exports the claims in a scope in one of the report formats; the clock is injectable so tests get fixed bytes. */
export class ReportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async export(
    scope: ReportScope,
    format: ReportFormat,
    generatedAt?: string,
  ): Promise<ReportFile> {
    const date = generatedAt ? new Date(generatedAt) : this.now()
    const data = await gatherReportData(this.store, this.book, scope, date)
    const subject =
      scope.kind === 'article' ? (data.articles[0]?.article.title ?? '') : data.workspaceName
    return {
      fileName: reportFileName(subject, format, data.generatedAt),
      mimeType: REPORT_FILE_TYPES[format].mimeType,
      content: RENDERERS[format](data),
      claimCount: claimCount(data),
      warnings: format === 'claimreview' ? claimReviewGaps(data) : [],
    }
  }
}
