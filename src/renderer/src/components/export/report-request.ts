import type { ClaimStatus } from '../../../../shared/claim-model'
import type { ReportFormat, ReportScope } from '../../../../shared/report-model'

export type ScopeKind = ReportScope['kind']

/** What the export form holds; the filter fields only count when the scope is a filter. */
export type ExportChoice = {
  scope: ScopeKind
  format: ReportFormat
  tagId: string
  verdictId: string
  status: ClaimStatus | ''
}

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  md: 'Markdown report',
  html: 'Web page (HTML), ready to publish or print',
  csv: 'CSV spreadsheet (one row per claim)',
  w3c: 'W3C Web Annotations (JSON-LD)',
  claimreview: 'ClaimReview for search engines (JSON-LD)',
}

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
