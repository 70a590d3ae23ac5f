import { z } from 'zod'
import { AnchorState } from './claim-model'
import { ArticleId, ArticleSummary, ClaimId } from './article-model'

export const FilePath = z.string().min(1).max(4096)
export const PastedText = z
  .string()
  .min(1)
  .max(20 * 1024 * 1024)

/** What became of one file, page or paste the user asked to import. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    source: z.string(),
    article: ArticleSummary,
    /** Something the import decided that the user should know (an encoding read otherwise than declared). */
    notice: z.string().optional(),
  }),
  z.object({
    status: z.literal('duplicate'),
    source: z.string(),
    articleId: ArticleId,
    message: z.string(),
  }),
  z.object({ status: z.literal('skipped'), source: z.string(), message: z.string() }),
])
export type ImportOutcome = z.infer<typeof ImportOutcome>

export const ImportSummary = z.object({
  outcomes: z.array(ImportOutcome),
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
})
export type ImportSummary = z.infer<typeof ImportSummary>

/** A file the renderer read itself (browser file input, drag and drop), sent as base64. */
export const UploadedFile = z.object({
  name: z.string().min(1).max(255),
  contentBase64: z.string().max(8 * 1024 * 1024),
})
export type UploadedFile = z.infer<typeof UploadedFile>

export const ParagraphChange = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.string().optional(),
  after: z.string().optional(),
})
export type ParagraphChange = z.infer<typeof ParagraphChange>

/** The outcome of re-reading an article's source: for the "Article updated" banner. */
export const ArticleUpdate = z.object({
  articleId: ArticleId,
  status: z.enum(['unchanged', 'updated', 'unavailable']),
  message: z.string(),
  checkedAt: z.iso.datetime({ offset: true }),
  changes: z.array(ParagraphChange),
  /** Claims whose anchor the update changed, with their new state. */
  touched: z.array(z.object({ claimId: ClaimId, state: AnchorState, confidence: z.number() })),
  anchors: z.record(AnchorState, z.number().int().nonnegative()),
})
export type ArticleUpdate = z.infer<typeof ArticleUpdate>
