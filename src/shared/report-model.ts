import { z } from 'zod'
import { ClaimStatus, VerdictId } from './claim-model'
import { ArticleId, IsoDateTime, TagId } from './article-model'
import { ReportOptions } from './report-options'

/**
 * md: GFM Markdown · html: the same report as one standalone page · csv: one row per claim ·
 * w3c: Web Annotation JSON-LD · claimreview: schema.org JSON-LD.
 */
export const ReportFormat = z.enum(['md', 'html', 'csv', 'w3c', 'claimreview'])
export type ReportFormat = z.infer<typeof ReportFormat>

/** Which claims a report covers: one article, every article, or the claims passing a filter. */
export const ReportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('article'), articleId: ArticleId }).strict(),
  z
    .object({
      kind: z.literal('filter'),
      tagId: TagId.optional(),
      verdictId: VerdictId.optional(),
      status: ClaimStatus.optional(),
    })
    .strict(),
])
export type ReportScope = z.infer<typeof ReportScope>

/** Options left out are taken from the workspace's remembered report options. */
export const ReportRequest = z
  .object({
    scope: ReportScope,
    format: ReportFormat,
    options: ReportOptions.partial().optional(),
    /** The date the report gives as its own (reproducible reports); now when absent. */
    generatedAt: IsoDateTime.optional(),
  })
  .strict()
export type ReportRequest = z.infer<typeof ReportRequest>

/** A report printed to PDF where the desk can (Electron); the browser host prints the page instead. */
export const PdfRequest = ReportRequest.omit({ format: true })
export type PdfRequest = z.infer<typeof PdfRequest>

/** `savedTo` is null when the user cancelled the save dialog. */
export const PdfResult = z.object({
  isSupported: z.boolean(),
  savedTo: z.string().max(4096).nullable(),
})
export type PdfResult = z.infer<typeof PdfResult>

/** A finished report: a safe file name to offer, its media type, its text, and what was left out or missing. */
export const ReportFile = z.object({
  fileName: z.string().min(1),
  mimeType: z.string(),
  content: z.string(),
  claimCount: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
})
export type ReportFile = z.infer<typeof ReportFile>

/** W3C Web Annotation JSON-LD to read back into the workspace; large enough for thousands of claims. */
export const AnnotationImportRequest = z
  .object({ content: z.string().min(1).max(50_000_000) })
  .strict()

/** What an import did: claims added, placed somewhere else than their selector said, and what was left out, and why. */
export const AnnotationImportResult = z.object({
  imported: z.number().int().nonnegative(),
  needsReview: z.number().int().nonnegative(),
  createdTags: z.array(z.string()),
  skipped: z.array(z.object({ annotation: z.string(), reason: z.string() })),
})
export type AnnotationImportResult = z.infer<typeof AnnotationImportResult>
