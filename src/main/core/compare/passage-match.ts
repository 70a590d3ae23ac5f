import type { SentenceInfo } from './article-analysis'
import { describeFigure, sameCountedThing } from './figures'
import { sharedNames } from './names'
import type { Quotation } from './quotations'
import { dice, quoteSimilarity } from './similarity'
import { plainWords } from './words'

/** Why two passages report the same thing, and how sure we are (0–1). */
export type PassageMatch = { score: number; reasons: string[] }

/** The features of a passage; a claim's passage is the union of the sentences it touches. */
export type PassageFeatures = Pick<
  SentenceInfo,
  'words' | 'names' | 'figures' | 'dates' | 'quotations' | 'speaker'
>

/** A quoted phrase of three words ("legitimate military targets") is rare enough to tie two reports, if verbatim. */
const MIN_QUOTE_WORDS = 3
const percent = (share: number) => `${Math.round(share * 100)}%`

/** Two quotations are the same quote, perhaps edited or translated differently. */
export function sameQuote(
  a: Quotation | readonly string[],
  b: Quotation | readonly string[],
): { similarity: number } | null {
  const left = 'text' in a ? plainWords(a.text) : a
  const right = 'text' in b ? plainWords(b.text) : b
  if (left.length < MIN_QUOTE_WORDS || right.length < MIN_QUOTE_WORDS) return null
  const similarity = quoteSimilarity(left, right)
  const isSame =
    similarity.dice >= 0.6 ||
    (similarity.containment >= 0.8 && similarity.common >= 5) ||
    (similarity.containment === 1 && similarity.common >= MIN_QUOTE_WORDS)
  return isSame ? { similarity: Math.max(similarity.dice, similarity.containment * 0.9) } : null
}

/** The best-matching pair of quotations, and how many words the shorter of them has. */
function bestQuotePair(
  a: PassageFeatures,
  b: PassageFeatures,
): { similarity: number; words: number } {
  let best = { similarity: 0, words: 0 }
  for (const left of a.quotations) {
    for (const right of b.quotations) {
      const similarity = sameQuote(left, right)?.similarity ?? 0
      const words = Math.min(plainWords(left.text).length, plainWords(right.text).length)
      if (similarity > best.similarity) best = { similarity, words }
    }
  }
  return best
}

/**
 * Whether passage `b` reports what passage `a` reports. Precision first: a shared number alone is
 * never enough, it must count the same thing in a sentence that shares words or names.
 */
export function matchPassages(a: PassageFeatures, b: PassageFeatures): PassageMatch | null {
  const wording = dice(a.words, b.words)
  const names = sharedNames(a.names, b.names)
  const quotePair = bestQuotePair(a, b)
  // A short quoted phrase ties two reports only in sentences that also share a name or some wording.
  const isShortQuote = quotePair.words < 5
  const quote = isShortQuote && names.length === 0 && wording < 0.15 ? 0 : quotePair.similarity
  const figures = a.figures.filter((figure) =>
    b.figures.some((other) => other.value === figure.value && sameCountedThing(figure, other)),
  )
  // The same thing counted differently is a counterpart too: the one a checker most needs to see.
  const otherFigures = b.figures.filter((other) =>
    a.figures.some((figure) => other.value !== figure.value && sameCountedThing(figure, other)),
  )
  const dates = a.dates.filter((date) => b.dates.some((other) => other.key === date.key))
  const isAboutTheSame = wording >= 0.2 || names.length >= 2
  const hasFigure = figures.length > 0 && isAboutTheSame
  const hasOtherFigure = figures.length === 0 && otherFigures.length > 0 && isAboutTheSame
  const isParaphrase = wording >= 0.45 && names.length >= 1
  if (!quote && !hasFigure && !hasOtherFigure && !isParaphrase) return null
  const reasons = [
    ...(quote ? [`same quotation (${percent(quote)} of its words)`] : []),
    ...figures.map((figure) => `same figure: ${describeFigure({ ...figure, hedge: null })}`),
    ...(hasOtherFigure
      ? otherFigures.map(
          (other) => `different figure: ${describeFigure({ ...other, hedge: null })}`,
        )
      : []),
    ...dates.map((date) => `same date: ${date.text}`),
    ...(names.length
      ? [`names both: ${[...new Set(names.map((name) => name.text))].slice(0, 4).join(', ')}`]
      : []),
    `${percent(wording)} of content words shared`,
  ]
  const base = Math.max(
    quote ? 0.5 + 0.5 * quote * Math.min(1, quotePair.words / 6) : 0,
    hasFigure ? 0.55 + 0.45 * wording : 0,
    hasOtherFigure ? 0.5 + 0.45 * wording : 0,
    isParaphrase ? wording : 0,
  )
  const support = Math.min(0.1, 0.05 * dates.length + 0.02 * names.length)
  return { score: Math.min(1, Math.round((base + support) * 100) / 100), reasons }
}
