import type { TextQuoteSelector } from '../../../shared/claim-model'
import { NormalisedText, normaliseSelector } from './normalised-text'
import type { Span } from './paragraph-alignment'
import { scoreMatch, type ScoredMatch } from './quote-match'
import { CLEAR_CONTEXT_MARGIN, MIN_REVIEW_CONFIDENCE } from './reanchor'
import { SearchSpace, type RawMatch } from './search-space'

/** A place a quote was found, in the article's own offsets; `isAtHint` when it is where the selector's position said. */
export type QuotePlace = ScoredMatch & { isAtHint: boolean }

/** Away from its own article a changed wording is taken only this close to the quote (at most one character in seven). */
const MIN_FUZZY_QUOTE = 0.85
/** Close wordings whose scores differ less than this are as good as each other. */
const CLEAR_SCORE_MARGIN = 0.05

const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score

/** The same span found from two seeds of a fuzzy search counts once. */
const distinct = (matches: RawMatch[]): RawMatch[] => [
  ...new Map(matches.map((match) => [`${match.start}:${match.end}`, match])).values(),
]

/**
 * An article's text made ready for quote searches: typographic quotes, white space and invisible
 * characters are read alike (see NormalisedText), then the re-anchoring's own search and scoring
 * (exact places, fuzzy ones around exact pieces, quote + prefix/suffix + distance) do the rest.
 */
export class QuoteSearch {
  private readonly normalised: NormalisedText
  private readonly space: SearchSpace

  constructor(readonly text: string) {
    this.normalised = new NormalisedText(text)
    const whole = { start: 0, end: this.normalised.text.length }
    this.space = new SearchSpace(this.normalised.text, [whole])
  }

  /** Every place the quote is, best first: word for word once normalised, else approximately. */
  places(selector: TextQuoteSelector, hint?: Span): QuotePlace[] {
    const quote = normaliseSelector(selector)
    if (quote.exact === '') return []
    const exact = this.space.exact(quote.exact)
    const matches = exact.length > 0 ? exact : distinct(this.space.fuzzyAnywhere(quote.exact))
    const expected = hint ? this.normalised.fromOriginal(hint.start) : undefined
    return matches
      .map((match) => {
        const scored = scoreMatch(this.normalised.text, quote, match, expected ?? match.start)
        const span = this.normalised.toOriginal(match)
        const isAtHint = hint !== undefined && span.start === hint.start && span.end === hint.end
        return { ...scored, ...span, isAtHint }
      })
      .sort(byScore)
  }
}

/** A place in one of the articles searched. */
export type Candidate = { articleId: string; place: QuotePlace }

/**
 * Where a quote belongs among the places found in one or more articles. `rivals` counts the
 * other places in that article that fit as well: a choice among look-alikes needs review.
 */
export type QuoteChoice =
  | { kind: 'found'; articleId: string; place: QuotePlace; isExact: boolean; rivals: number }
  | { kind: 'ambiguous'; articleIds: string[] }
  | { kind: 'missing' }

/** The best place, unless places in several articles fit as well as it does. */
function decide(
  candidates: Candidate[],
  isTied: (best: QuotePlace, other: QuotePlace) => boolean,
  isExact: boolean,
): QuoteChoice {
  const [best, ...rest] = [...candidates].sort((a, b) => byScore(a.place, b.place))
  if (!best) return { kind: 'missing' }
  const tied = [best, ...rest.filter((other) => isTied(best.place, other.place))]
  const articleIds = [...new Set(tied.map((each) => each.articleId))]
  if (articleIds.length > 1) return { kind: 'ambiguous', articleIds }
  const atHint = tied.find((each) => each.place.isAtHint)
  const chosen = atHint ?? best
  return {
    kind: 'found',
    articleId: chosen.articleId,
    place: chosen.place,
    isExact,
    rivals: atHint ? 0 : tied.length - 1,
  }
}

/**
 * Word-for-word places win; among them the prefix and suffix decide, and places whose context
 * fits about as well are a tie. Only when no article has the words is a close wording taken.
 */
export function chooseQuotePlace(candidates: Candidate[], isOwnArticle: boolean): QuoteChoice {
  const exact = candidates.filter(({ place }) => place.quote === 1)
  if (exact.length > 0)
    return decide(exact, (best, other) => best.context - other.context < CLEAR_CONTEXT_MARGIN, true)
  const close = candidates.filter(
    ({ place }) =>
      place.score >= MIN_REVIEW_CONFIDENCE && (isOwnArticle || place.quote >= MIN_FUZZY_QUOTE),
  )
  return decide(close, (best, other) => best.score - other.score < CLEAR_SCORE_MARGIN, false)
}
