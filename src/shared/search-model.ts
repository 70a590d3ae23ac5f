import { z } from 'zod'
import { ArticleId, ClaimId, Offset } from './article-model'

/** Where in the workspace a match was found. */
export const SearchField = z.enum([
  'text',
  'title',
  'quote',
  'notes',
  'claimant',
  'tags',
  'sources',
])
export type SearchField = z.infer<typeof SearchField>

export const SEARCH_FIELD_LABELS: Record<SearchField, string> = {
  text: 'Article text',
  title: 'Article',
  quote: 'Quote',
  notes: 'Notes',
  claimant: 'Claimant',
  tags: 'Tag',
  sources: 'Source',
}

/** A range of a passage, to be marked as matching. */
export const TextSpan = z.object({ start: Offset, end: Offset })
export type TextSpan = z.infer<typeof TextSpan>

/**
 * One match: the article (and claim) it is in, the passage shown with the matching words marked,
 * and where in the article's text to open it.
 */
export const SearchHit = z.object({
  id: z.string(),
  articleId: ArticleId,
  articleTitle: z.string(),
  site: z.string().optional(),
  field: SearchField,
  claimId: ClaimId.optional(),
  /** The match in the article's text (the claim's span for a claim's fields). */
  at: TextSpan,
  passage: z.string(),
  marks: z.array(TextSpan),
  score: z.number(),
})
export type SearchHit = z.infer<typeof SearchHit>

/**
 * Words match whatever their accents and quote marks; "a phrase" in quotes matches those words in
 * that order; the last word also matches as the start of a longer one.
 */
export const SearchRequest = z
  .object({
    query: z.string().min(1).max(500),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict()
export type SearchRequest = z.infer<typeof SearchRequest>

export const SearchResults = z.object({
  hits: z.array(SearchHit),
  total: z.number().int().nonnegative(),
  /** The index is still being built or brought up to date: more may match soon. */
  isIndexing: z.boolean(),
})
export type SearchResults = z.infer<typeof SearchResults>
