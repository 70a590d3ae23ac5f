import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import type { ReportFormat } from '../shared/report-model'
import { REPORT_FILE_TYPES, slug } from './core/reports/report-file-name'

const FILTER_NAMES: Record<ReportFormat, string> = {
  md: 'Markdown report',
  html: 'Web page report (HTML)',
  csv: 'CSV spreadsheet',
  w3c: 'W3C Web Annotations (JSON-LD)',
  claimreview: 'ClaimReview (JSON-LD)',
  hypothesis: 'Hypothesis annotations (JSON)',
}

/**
 * Options for the native save dialog of a report: the suggested name is cleaned again here (the
 * renderer proposes it), the filter matches the format, and the dialog asks before replacing a file.
 */
export function reportSaveDialogOptions(
  proposedName: string,
  format: ReportFormat,
  folder: string,
): SaveDialogOptions {
  const { extension } = REPORT_FILE_TYPES[format]
  const stem = slug(proposedName.replace(/\.(md|html|csv|jsonld|json)$/i, '')) || 'claimdesk-report'
  return {
    title: 'Export report',
    buttonLabel: 'Export',
    defaultPath: join(folder, `${stem}.${extension}`),
    filters: [
      { name: FILTER_NAMES[format], extensions: [extension] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  }
}

/** Which report a download is, from the name the app gave it (…-claimreview-2026-11-23.jsonld). */
export function reportFormatOfFileName(fileName: string): ReportFormat {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.html')) return 'html'
  if (/-hypothesis-[\d-]+\.json$/.test(lower)) return 'hypothesis'
  if (lower.endsWith('.jsonld') || lower.endsWith('.json'))
    return /-claimreview-[\d-]+\.json(ld)?$/.test(lower) ? 'claimreview' : 'w3c'
  return 'md'
}
