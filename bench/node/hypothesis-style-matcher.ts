import search from 'approx-string-match'
import type { TextPositionSelector, TextQuoteSelector } from '../../src/shared/claim-model'

type Match = { start: number; end: number; errors: number }

/** Hypothesis's weights (client/src/annotator/anchoring/match-quote.ts). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position

/** Every word-for-word occurrence; only when there is none, approx-string-match over the whole text. */
function candidates(text: string, quote: string, maxErrors: number): Match[] {
  const exact: Match[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    exact.push({ start: at, end: at + quote.length, errors: 0 })
  return exact.length > 0 ? exact : search(text, quote, maxErrors)
}

/** 1 − the fewest errors of `wanted` anywhere in `actual` / its length, as Hypothesis scores context. */
function contextScore(actual: string, wanted: string): number {
  if (wanted.length === 0 || actual.length === 0) return 0
  const matches = search(actual, wanted, wanted.length)
  if (matches.length === 0) return 0
  return 1 - Math.min(...matches.map((match) => match.errors)) / wanted.length
}

/**
 * Where Hypothesis's client would anchor a quote: the stored position if the quote is still there,
 * else the best-scoring exact (or, failing that, approximate) match; undefined when orphaned.
 */
export function hypothesisStyleAnchor(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): { start: number; end: number } | undefined {
  if (text.slice(position.start, position.end) === quote.exact) return position
  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 2))
  let best: { start: number; end: number } | undefined
  let bestScore = -Infinity
  for (const match of candidates(text, quote.exact, maxErrors)) {
    const quoteScore = 1 - match.errors / quote.exact.length
    const prefixScore = quote.prefix
      ? contextScore(
          text.slice(Math.max(0, match.start - quote.prefix.length), match.start),
          quote.prefix,
        )
      : 1
    const suffixScore = quote.suffix
      ? contextScore(text.slice(match.end, match.end + quote.suffix.length), quote.suffix)
      : 1
    const positionScore = 1 - Math.abs(match.start - position.start) / text.length
    const score =
      (WEIGHTS.quote * quoteScore +
        WEIGHTS.prefix * prefixScore +
        WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      TOTAL_WEIGHT
    if (score > bestScore) {
      bestScore = score
      best = { start: match.start, end: match.end }
    }
  }
  return best
}
