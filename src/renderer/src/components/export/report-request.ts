import type { ClaimStatus } from '../../../../shared/claim-model'
import type { ReportFormat, ReportScope } from '../../../../shared/report-model'
import type { ReportOptions } from '../../../../shared/report-options'

export type ScopeKind = ReportScope['kind']

/** A report file, or the HTML report printed to PDF. */
export type ExportFormat = ReportFormat | 'pdf'

/** What the export form holds; the filter fields only count when the scope is a filter. */
export type ExportChoice = {
  scope: ScopeKind
  format: ExportFormat
  tagId: string
  verdictId: string
  status: ClaimStatus | ''
}

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  md: 'Markdown report',
  html: 'Web page (HTML), ready to publish',
  pdf: 'PDF, ready to print or send',
  csv: 'CSV spreadsheet (one row per claim)',
  w3c: 'W3C Web Annotations (JSON-LD)',
  claimreview: 'ClaimReview for search engines (JSON-LD)',
  hypothesis: 'Hypothesis annotations (JSON), to put back on the web',
}

/** The formats written for readers, which take the report options (title, byline, findings…). */
export const isPublishedFormat = (format: ExportFormat): boolean =>
  format === 'md' || format === 'html' || format === 'pdf'

/** The options as the main side keeps them: text fields without their edge spaces. */
export const trimmedOptions = (options: ReportOptions): ReportOptions => ({
  ...options,
  title: options.title.trim(),
  subtitle: options.subtitle.trim(),
  author: options.author.trim(),
})

/** The scope the main side expects; "this article" falls back to all articles when none is open. */
export function scopeOf(choice: ExportChoice, articleId: string | null): ReportScope {
  if (choice.scope === 'article' && articleId) return { kind: 'article', articleId }
  if (choice.scope !== 'filter') return { kind: 'all' }
  return {
    kind: 'filter',
    ...(choice.tagId ? { tagId: choice.tagId } : {}),
    ...(choice.verdictId ? { verdictId: choice.verdictId } : {}),
    ...(choice.status ? { status: choice.status } : {}),
  }
}
