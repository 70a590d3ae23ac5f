import type { Anchor, Claim } from '../../../shared/claim-model'
import { selectorsFor } from '../claims/selectors'
import { ParagraphAlignment, type Span } from './paragraph-alignment'
import { scoreMatch, type ScoredMatch } from './quote-match'
import { SearchSpace, type RawMatch } from './search-space'

/** A fuzzy match scoring below this is not offered at all: the claim is orphaned. */
export const MIN_REVIEW_CONFIDENCE = 0.5
/** A word-for-word quote is taken silently only where its surroundings still fit this well… */
const MIN_CONTEXT_NEAR = 0.6
/** …or, away from where it was, this well: formulaic sentences ("X said N troops…") look alike. */
const MIN_CONTEXT_FAR = 0.9
/** Two places must differ this much in how well their context fits before one is chosen silently. */
export const CLEAR_CONTEXT_MARGIN = 0.15

const byScore = (a: ScoredMatch, b: ScoredMatch) => b.score - a.score

/** How far from its expected place a quote is still looked for first, and still counts as near. */
const reachOf = (quote: string) => 2 * quote.length + 256

function place(claim: Claim, text: string, span: Span, anchor: Anchor): Claim {
  try {
    return { ...claim, ...selectorsFor(text, span), anchor }
  } catch {
    return orphan(claim, 0)
  }
}

function orphan(claim: Claim, confidence: number): Claim {
  return { ...claim, anchor: { ...claim.anchor, state: 'orphaned', confidence } }
}

/** A claim someone still has to review stays flagged until they do, even if the next update leaves it alone. */
function settled(claim: Claim, state: 'anchored' | 'moved', confidence: number): Anchor {
  if (claim.anchor.state === 'needs-review') return claim.anchor
  const { previousExact } = claim.anchor
  return previousExact === undefined ? { state, confidence } : { state, confidence, previousExact }
}

function stateFor(claim: Claim, span: Span): 'anchored' | 'moved' {
  return span.start === claim.position.start && span.end === claim.position.end
    ? 'anchored'
    : 'moved'
}

/** How often `quote` occurs in `text`, counting no further than `limit`. */
function countUpTo(text: string, quote: string, limit: number): number {
  let count = 0
  for (let at = text.indexOf(quote); at !== -1 && count < limit; at = text.indexOf(quote, at + 1))
    count++
  return count
}

/**
 * Whether moving the claim to a word-for-word match cannot be a mix-up with a copy of the same
 * words: near its old place no copy of the quote may have gone missing from the changed text;
 * far from it, only a quote that occurred once in the whole old article may land.
 */
function isUnmistakable(
  claim: Claim,
  isNear: boolean,
  newCount: number,
  versions: Versions,
): boolean {
  const { exact } = claim.quote
  if (isNear) return newCount >= versions.oldChanged.exact(exact).length
  return countUpTo(versions.oldText, exact, 2) === 1
}

/** A word-for-word match is taken only when its place is clear; a tie between look-alikes needs review. */
function decideExact(
  claim: Claim,
  matches: ScoredMatch[],
  expected: number,
  newCount: number,
  versions: Versions,
): Claim {
  const [best, runnerUp] = matches.sort(byScore)
  if (!best) return claim
  const isNear = Math.abs(best.start - expected) <= reachOf(claim.quote.exact)
  const isClearWinner =
    newCount <= MAX_SCORED && (!runnerUp || best.context - runnerUp.context >= CLEAR_CONTEXT_MARGIN)
  const fitsContext = best.context >= (isNear ? MIN_CONTEXT_NEAR : MIN_CONTEXT_FAR)
  const text = versions.newText
  if (isClearWinner && fitsContext && isUnmistakable(claim, isNear, newCount, versions)) {
    return place(claim, text, best, settled(claim, stateFor(claim, best), best.score))
  }
  return place(claim, text, best, needsReview(claim, best.score))
}

function needsReview(claim: Claim, confidence: number): Anchor {
  const previousExact = claim.anchor.previousExact ?? claim.quote.exact
  return { state: 'needs-review', confidence: Math.min(confidence, 0.99), previousExact }
}

/** Characters of context on each side that make a place in the text recognisable. */
const FINGERPRINT_MARGIN = 16

/**
 * A place whose text, with a little context, was already in the old article somewhere else
 * belongs to that other sentence (a look-alike that was there all along), not to this claim.
 */
function isAnotherSentence(match: Span, claim: Claim, versions: Versions): boolean {
  const from = Math.max(0, match.start - FINGERPRINT_MARGIN)
  const fingerprint = versions.newText.slice(from, match.end + FINGERPRINT_MARGIN)
  const ownStart = claim.position.start - (match.start - from)
  // Most often the place is the claim's own sentence, moved: that needs no search of the old text.
  if (versions.oldChanged.hasAt(fingerprint, ownStart)) return false
  return versions.oldChanged.exact(fingerprint).length > 0
}

/** A phrase found more often than this is not distinctive: only the places nearest the old one are weighed. */
const MAX_SCORED = 16

const nearestFirst = (matches: RawMatch[], expected: number) =>
  [...matches].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected))

/** The best `count` candidates, best first, leaving out other sentences' places (checked lazily: it costs a search). */
function bestOwn(
  matches: RawMatch[],
  count: number,
  claim: Claim,
  expected: number,
  versions: Versions,
) {
  const nearest =
    matches.length <= MAX_SCORED ? matches : nearestFirst(matches, expected).slice(0, MAX_SCORED)
  const scored = nearest
    .map((match) => scoreMatch(versions.newText, claim.quote, match, expected))
    .sort(byScore)
  const own: ScoredMatch[] = []
  for (const match of scored) {
    if (own.length === count) break
    if (!isAnotherSentence(match, claim, versions)) own.push(match)
  }
  return own
}

/**
 * Word for word anywhere in the changed text (all places weighed together, so a look-alike near the
 * old place cannot win while the paragraph itself sits elsewhere), then fuzzy near, then anywhere.
 */
function search(claim: Claim, space: SearchSpace, expected: number, versions: Versions): Claim {
  const { exact } = claim.quote
  const text = versions.newText
  const reach = reachOf(exact)
  const near = { start: expected - reach, end: expected + reach }
  const exactMatches = space.exact(exact)
  const anywhere = bestOwn(exactMatches, 2, claim, expected, versions)
  const [bestExact] = anywhere
  const isFar = bestExact !== undefined && Math.abs(bestExact.start - expected) > reach
  // A copy of the old words far off does not beat the claim's own place, edited, whose
  // surroundings fit better: that place is proposed for review instead.
  if (bestExact && isFar) {
    const better = space
      .fuzzyWithin(exact, near)
      .filter(
        (match) =>
          match.errors > 0 &&
          scoreMatch(text, claim.quote, match, expected).score > bestExact.score,
      )
    const [own] = bestOwn(better, 1, claim, expected, versions)
    if (own) return place(claim, text, own, needsReview(claim, own.score))
  }
  if (bestExact) return decideExact(claim, anywhere, expected, exactMatches.length, versions)
  let [best] = bestOwn(space.fuzzyWithin(exact, near), 1, claim, expected, versions)
  best ??= bestOwn(space.fuzzyAnywhere(exact), 1, claim, expected, versions)[0]
  if (!best || best.score < MIN_REVIEW_CONFIDENCE) return orphan(claim, best?.score ?? 0)
  return place(claim, text, best, needsReview(claim, best.score))
}

/** What re-anchoring one article needs, computed once for all its claims. */
type Versions = {
  oldText: string
  newText: string
  alignment: ParagraphAlignment
  changed: SearchSpace
  whole: SearchSpace
  oldChanged: SearchSpace
}

function reanchorClaim(claim: Claim, versions: Versions): Claim {
  const { oldText, newText, alignment, changed, whole } = versions
  const { position, quote } = claim
  const isInPlace =
    claim.anchor.state !== 'orphaned' && oldText.slice(position.start, position.end) === quote.exact
  // Stored data that no longer fits the old text: search the whole new text, nearest to the old offset.
  if (!isInPlace) return search(claim, whole, position.start, versions)
  const mapped = alignment.mapUnchanged(position)
  if (mapped && newText.slice(mapped.start, mapped.end) === quote.exact) {
    return place(claim, newText, mapped, settled(claim, stateFor(claim, mapped), 1))
  }
  return search(claim, changed, alignment.expectedOffset(position.start), versions)
}

/**
 * Re-anchors claims after an article's text changed. Unchanged paragraphs carry their claims
 * along; for the rest: the quote word for word in the changed text (nearest, best context), then
 * a fuzzy match (windowed around the old place first, then all changed text) scored on quote,
 * prefix/suffix context and distance. A changed wording is never accepted silently: it needs
 * review; nothing good enough leaves the claim orphaned, with all its data.
 * @see https://web.hypothes.is/blog/fuzzy-anchoring/
 */
export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: readonly Claim[],
): Claim[] {
  if (oldText === newText) return [...claims]
  const alignment = new ParagraphAlignment(oldText, newText)
  const changed = new SearchSpace(newText, alignment.changedRegions)
  const whole = new SearchSpace(newText, [{ start: 0, end: newText.length }])
  const oldChanged = new SearchSpace(oldText, alignment.oldChangedRegions)
  const versions = { oldText, newText, alignment, changed, whole, oldChanged }
  return claims.map((claim) => reanchorClaim(claim, versions))
}
