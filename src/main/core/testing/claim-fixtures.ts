import { EMPTY_NOTES, type Claim } from '../../../shared/claim-model'
import { selectorsFor } from '../claims/selectors'

type Span = { start: number; end: number }

/** A fresh, unrated claim `c<n>` on article a1 with the given selectors, as tests and the bench need. */
export function claimWithSelectors(selectors: Pick<Claim, 'quote' | 'position'>, n = 0): Claim {
  return {
    id: `c${n}`,
    articleId: 'a1',
    ...selectors,
    anchor: { state: 'anchored', confidence: 1 },
    tagIds: [],
    verdictId: 'unrated',
    claimant: '',
    status: 'to-check',
    finding: EMPTY_NOTES,
    notes: EMPTY_NOTES,
    sources: [],
    createdAt: '2024-11-01T10:00:00.000Z',
    updatedAt: '2024-11-01T10:00:00.000Z',
  }
}

/** The same, on `span` of `text`, with the selectors the main side computes. */
export const claimOnSpan = (text: string, span: Span, n = 0): Claim =>
  claimWithSelectors(selectorsFor(text, span), n)
