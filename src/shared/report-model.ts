import { z } from 'zod'
import { ClaimStatus, VerdictId, WorkspaceSettings } from './claim-model'
import { ArticleId, IsoDateTime, TagId } from './article-model'
import { ReportOptions } from './report-options'

/**
 * md: GFM Markdown · html: the same report as one standalone page · csv: one row per claim ·
 * w3c: Web Annotation JSON-LD · claimreview: schema.org JSON-LD · hypothesis: Hypothesis API JSON.
 */
export const ReportFormat = z.enum(['md', 'html', 'csv', 'w3c', 'claimreview', 'hypothesis'])
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
    /** A ClaimReview publisher for this export only, over the workspace's settings. */
    publisher: WorkspaceSettings.pick({ publisherName: true, publisherUrl: true })
      .partial()
      .strict()
      .optional(),
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

/** An annotation's place in the file it came in, from 0: how a choice names it. */
const AnnotationIndex = z.number().int().nonnegative().max(1_000_000)

/**
 * W3C Web Annotation JSON-LD or Hypothesis JSON to read into the workspace; large enough for
 * thousands of claims. `articleId`: where annotations whose page is not in the workspace are looked
 * for. `choices`: import only these annotations (and their replies), each into the article chosen.
 */
export const AnnotationImportRequest = z
  .object({
    content: z.string().min(1).max(50_000_000),
    articleId: ArticleId.optional(),
    choices: z
      .array(z.object({ index: AnnotationIndex, articleId: ArticleId }).strict())
      .min(1)
      .max(10_000)
      .optional(),
  })
  .strict()
export type AnnotationImportRequest = z.infer<typeof AnnotationImportRequest>

const ArticleChoice = z.object({
  articleId: ArticleId,
  title: z.string(),
  site: z.string().optional(),
})

/**
 * What an import did: claims added, those found by their quote (not their page), those placed by a
 * close match, replies kept as notes, what was left out and why, and the annotations whose quote is
 * in several articles, with those articles, for the user to choose.
 */
export const AnnotationImportResult = z.object({
  imported: z.number().int().nonnegative(),
  needsReview: z.number().int().nonnegative(),
  createdTags: z.array(z.string()),
  skipped: z.array(z.object({ annotation: z.string(), reason: z.string() })),
  matchedByQuote: z.array(ArticleChoice.extend({ annotation: z.string() })),
  replies: z.number().int().nonnegative(),
  ambiguous: z.array(
    z.object({
      index: AnnotationIndex,
      annotation: z.string(),
      quote: z.string(),
      replies: z.number().int().nonnegative(),
      candidates: z.array(ArticleChoice),
    }),
  ),
})
export type AnnotationImportResult = z.infer<typeof AnnotationImportResult>
