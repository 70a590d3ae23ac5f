import { z } from 'zod'
import { Claim } from './claim-model'
import { ArticleId, ClaimId, Offset } from './article-model'

/** A stretch of one article's text, with enough about the article to say which outlet wrote it. */
export const Passage = z.object({
  articleId: ArticleId,
  articleTitle: z.string(),
  site: z.string().optional(),
  start: Offset,
  end: Offset,
  text: z.string(),
})
export type Passage = z.infer<typeof Passage>

/** One piece of a word-level diff from the first passage to the second. */
export const DiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })
export type DiffPart = z.infer<typeof DiffPart>

/** A passage in another article that reports the same thing as a claim. */
export const Counterpart = z.object({
  passage: Passage,
  /** 0–1: how sure we are that the two passages report the same thing. */
  score: z.number().min(0).max(1),
  /** Why it was found, in the user's words: "same quotation", "same figure: 8,000 troops". */
  reasons: z.array(z.string()),
  diff: z.array(DiffPart),
  /** The claim in the other article already linked to this one, if any. */
  linkedClaimId: ClaimId.optional(),
})
export type Counterpart = z.infer<typeof Counterpart>

export const DiscrepancyKind = z.enum(['quote-wording', 'number', 'date', 'attribution'])
export type DiscrepancyKind = z.infer<typeof DiscrepancyKind>

export const DISCREPANCY_KIND_LABELS: Record<DiscrepancyKind, string> = {
  'quote-wording': 'Quote wording',
  number: 'Numbers',
  date: 'Dates',
  attribution: 'Attribution',
}

/** What one article says in a discrepancy: "some 8,000 troops", "Oct. 30", "Zelenskyy". */
export const DiscrepancyItem = z.object({ passage: Passage, says: z.string() })
export type DiscrepancyItem = z.infer<typeof DiscrepancyItem>

export const Discrepancy = z.object({
  id: z.string(),
  kind: DiscrepancyKind,
  summary: z.string(),
  items: z.array(DiscrepancyItem).min(2),
  /** Word diff between the first two items, for quote wording. */
  diff: z.array(DiffPart).optional(),
  /** Set when the discrepancy is between claims the user linked as the same claim. */
  groupId: z.string().optional(),
  /** A caution shown with it, e.g. that the figures may count different things. */
  caveat: z.string().optional(),
})
export type Discrepancy = z.infer<typeof Discrepancy>

/** A discrepancy as a page lists it: its first passages only, and how many it has in all. */
export const DiscrepancyPreview = Discrepancy.extend({ itemCount: z.number().int().min(2) })
export type DiscrepancyPreview = z.infer<typeof DiscrepancyPreview>

/** Some of one discrepancy's passages ("Show all" reads them a page at a time). */
export const DiscrepancyItemPage = z.object({
  items: z.array(DiscrepancyItem),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
})
export type DiscrepancyItemPage = z.infer<typeof DiscrepancyItemPage>

/** A "same claim" group: the linked claims, their passages and what they disagree on. */
export const ClaimGroup = z.object({
  groupId: z.string(),
  members: z.array(z.object({ claim: Claim, passage: Passage })),
  discrepancies: z.array(Discrepancy),
})
export type ClaimGroup = z.infer<typeof ClaimGroup>

/** A sentence worth checking, with the reasons it was picked. */
export const Suggestion = z.object({
  articleId: ArticleId,
  start: Offset,
  end: Offset,
  text: z.string(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
})
export type Suggestion = z.infer<typeof Suggestion>

export const LinkResult = z.object({ groupId: z.string(), claims: z.array(Claim) })
export type LinkResult = z.infer<typeof LinkResult>
