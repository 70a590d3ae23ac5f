import type { ReportFormat } from '../../../shared/report-model'

export const REPORT_FILE_TYPES: Record<
  ReportFormat,
  { extension: string; mimeType: string; suffix: string }
> = {
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', suffix: 'report' },
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8', suffix: 'report' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', suffix: 'claims' },
  w3c: {
    extension: 'jsonld',
    mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    suffix: 'annotations',
  },
  claimreview: { extension: 'jsonld', mimeType: 'application/ld+json', suffix: 'claimreview' },
  hypothesis: { extension: 'json', mimeType: 'application/json', suffix: 'hypothesis' },
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const MAX_STEM = 80

/** Letters and digits of any script survive; everything a file system or a shell could read specially does not. */
export function slug(text: string): string {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  const cut = [...cleaned].slice(0, MAX_STEM).join('').replace(/-+$/, '')
  return WINDOWS_RESERVED.test(cut) ? `${cut}-file` : cut
}

/** e.g. `north-korean-troops-report-2026-11-23.md`: safe on every file system, never hidden, never empty. */
export function reportFileName(subject: string, format: ReportFormat, date: Date): string {
  const { extension, suffix } = REPORT_FILE_TYPES[format]
  const stem = slug(subject) || 'claimdesk'
  return `${stem}-${suffix}-${date.toISOString().slice(0, 10)}.${extension}`
}
