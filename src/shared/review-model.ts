import { z } from 'zod'
import { ArticleId, ClaimId, Id, IsoDateTime } from './article-model'
import { ReviewNote } from './claim-model'

/** A reviewer's note on one of this member's claims that they have not read yet. */
export const UnreadReviewNote = z.object({
  articleId: ArticleId,
  claimId: ClaimId,
  noteId: Id,
  by: ReviewNote.shape.by,
  at: IsoDateTime,
  text: ReviewNote.shape.text,
  /** The claim's quote, so the note can be told apart in a list. */
  quote: z.string().max(300),
})
export type UnreadReviewNote = z.infer<typeof UnreadReviewNote>

/** "1 review note", "3 review notes". */
export const reviewNoteCount = (count: number): string =>
  `${count} review note${count === 1 ? '' : 's'}`
