import type { TextQuoteSelector } from '../../../shared/claim-model'
import type { Span } from './paragraph-alignment'

export type ScoredMatch = Span & {
  /** 1 when the quote is there word for word. */
  quote: number
  /** How well the text around the match agrees with the stored prefix and suffix, 0..1. */
  context: number
  score: number
}

/** Hypothesis's weights: the quote counts most, then its context, then closeness to where it was. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position

/** Two rows of the edit-distance table, reused: scoring runs thousands of times per update. */
let rows: [Uint16Array, Uint16Array] = [new Uint16Array(128), new Uint16Array(128)]

/**
 * The fewest edits that turn `pattern` into some substring of `text` (Sellers' semi-global edit
 * distance). Contexts are 32 characters, so this small table beats approx-string-match, which
 * also works out where each match starts.
 */
function leastErrors(pattern: string, text: string): number {
  if (rows[0].length <= text.length)
    rows = [new Uint16Array(text.length * 2), new Uint16Array(text.length * 2)]
  let [previous, current] = rows
  previous.fill(0, 0, text.length + 1)
  // Typed-array reads within the length never come back undefined; the `!`s only tell TypeScript.
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i
    const char = pattern.charCodeAt(i - 1)
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (text.charCodeAt(j - 1) === char ? 0 : 1)
      const deletion = previous[j]! + 1
      const insertion = current[j - 1]! + 1
      const fewest = substitution < deletion ? substitution : deletion
      current[j] = fewest < insertion ? fewest : insertion
    }
    ;[previous, current] = [current, previous]
  }
  let least = pattern.length
  for (let j = 0; j <= text.length; j++) if (previous[j]! < least) least = previous[j]!
  return least
}

/** 1 − edit errors / length: how much of `expected` can be found in `actual`. */
function similarity(expected: string, actual: string): number {
  if (expected === '' || actual.includes(expected)) return 1
  return 1 - leastErrors(expected, actual) / expected.length
}

/** Scores a match in `text` against the stored quote and context, and how far it is from `expected`. */
export function scoreMatch(
  text: string,
  selector: TextQuoteSelector,
  match: Span & { errors: number },
  expected: number,
): ScoredMatch {
  const quote = 1 - match.errors / selector.exact.length
  const prefix = similarity(
    selector.prefix,
    text.slice(Math.max(0, match.start - selector.prefix.length), match.start),
  )
  const suffix = similarity(
    selector.suffix,
    text.slice(match.end, match.end + selector.suffix.length),
  )
  const position = 1 - Math.min(1, Math.abs(match.start - expected) / Math.max(1, text.length))
  const score =
    (WEIGHTS.quote * quote +
      WEIGHTS.prefix * prefix +
      WEIGHTS.suffix * suffix +
      WEIGHTS.position * position) /
    TOTAL_WEIGHT
  return { start: match.start, end: match.end, quote, context: (prefix + suffix) / 2, score }
}
