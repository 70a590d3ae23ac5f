import { z } from 'zod'
import { ArticleId } from '../../shared/article-model'
import { contract } from '../../shared/contract'

const Create = contract['claims.create'].input.shape
const Find = contract['articles.findQuote'].input.shape

/** A claim as `claimdesk mark` is told it: by its words, its tags and verdict by name. */
export const ClaimDraftText = z.object({
  articleId: ArticleId,
  quote: Find.quote,
  tags: z.array(contract['tags.create'].input.shape.name).max(50),
  verdict: z.string().trim().min(1).max(60).optional(),
  claimant: Create.claimant,
  status: Create.status,
  note: z.string().max(20_000).optional(),
})
export type ClaimDraftText = z.output<typeof ClaimDraftText>
