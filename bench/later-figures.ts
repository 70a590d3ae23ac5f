import { performance } from 'node:perf_hooks'
import { reanchorClaims } from '../src/main/core/anchoring/reanchor'
import { EditedArticle } from '../src/main/core/testing/article-edits'
import { seededRandom } from '../src/main/core/testing/seeded-random'
import { claimOnSpan } from '../src/main/core/testing/claim-fixtures'
import type { Claim } from '../src/shared/claim-model'
import { figureOf, type Figure } from './results'
import { hypothesisStyleAnchor } from './node/hypothesis-style-matcher'
import { repeat } from './stats'

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/** The bench's edited article: 5,000 claims, then one character changed inside 5 % of them. */
function editedArticle(text: string) {
  const article = new EditedArticle(text, seededRandom(5).next)
  const oldText = article.text
  const claims = Array.from({ length: 5_000 }, () => article.addClaim()).flatMap((span, n) =>
    span ? [claimOnSpan(oldText, span, n)] : [],
  )
  article.editInsideClaims(Math.round(claims.length * 0.05))
  return { oldText, newText: article.text, claims, truth: article.truth() }
}

type Truth = ReturnType<EditedArticle['truth']>[number]

/** Placed where its text is not: orphaned claims and claims flagged for review are not placements. */
function isWrong(claim: Claim, real: Truth | undefined): boolean {
  if (claim.anchor.state === 'orphaned' || claim.anchor.state === 'needs-review' || !real)
    return false
  return !isOnTarget(claim.position, real)
}

/** Whether a span is where the claim's text now is (exactly, when that text was not edited). */
function isOnTarget(span: { start: number; end: number }, real: Truth): boolean {
  if (!real.span) return false
  return real.fate === 'intact'
    ? span.start === real.span.start && span.end === real.span.end
    : overlaps(span, real.span)
}

const TARGET = { text: '≤ 250 ms, 0 wrong placements', median: 250 }

/**
 * 5,000 claims on the big article's text, then one character changed inside 5 % of them (the
 * article-edits harness tracks where each claim's text really went): the time to re-anchor them all, and
 * how many were placed somewhere their text is not. A claim flagged for review is not a placement
 * (the user confirms or moves it), but how many of those were proposed away from their text is said.
 */
async function reanchorFigure(text: string, runs: number): Promise<Figure> {
  const { oldText, newText, claims, truth } = editedArticle(text)
  let placed: Claim[] = []
  const times = await repeat(runs, async () => {
    const started = performance.now()
    placed = reanchorClaims(oldText, newText, claims)
    return performance.now() - started
  })
  const wrong = placed.filter((claim, n) => isWrong(claim, truth[n])).length
  const review = placed.flatMap((claim, n) =>
    claim.anchor.state === 'needs-review' ? [{ claim, real: truth[n] }] : [],
  )
  const offTarget = review.filter(({ claim, real }) => !real || !isOnTarget(claim.position, real))
  const orphaned = placed.filter((claim) => claim.anchor.state === 'orphaned').length
  const figure = figureOf(
    `Re-anchor ${claims.length.toLocaleString('en')} claims after edits touching 5 %`,
    times,
    'ms',
    TARGET,
    `${wrong} wrong, ${review.length} to review (${offTarget.length} of them proposed away from their text), ${orphaned} orphaned`,
  )
  return { ...figure, pass: figure.pass === true && wrong === 0 }
}

/**
 * The same data through a Hypothesis-style matcher (stored position if the quote is still there,
 * else exact matches anywhere, else approx-string-match over the whole text; Hypothesis's
 * scoring), which never asks for review: its accuracy and time, for comparison.
 */
async function hypothesisFigure(text: string, runs: number): Promise<Figure> {
  const { newText, claims, truth } = editedArticle(text)
  let placed: ({ start: number; end: number } | undefined)[] = []
  const times = await repeat(runs, async () => {
    const started = performance.now()
    placed = claims.map((claim) => hypothesisStyleAnchor(newText, claim.quote, claim.position))
    return performance.now() - started
  })
  const wrong = placed.filter((span, n) => {
    const real = truth[n]
    return span !== undefined && real !== undefined && !isOnTarget(span, real)
  }).length
  const orphaned = placed.filter((span) => span === undefined).length
  const figure = figureOf(
    'Compare: Hypothesis-style matcher on the same data',
    times,
    'ms',
    { text: '0 wrong placements (held to the same bar, no time target)', median: Infinity },
    `${wrong} wrong, ${orphaned} orphaned (it never asks for review)`,
  )
  return { ...figure, pass: wrong === 0 }
}

/** Re-anchoring, ours and a Hypothesis-style matcher, measured on the big article's text. */
export async function laterFigures(
  article: { id: string; text: string },
  runs: number,
): Promise<Figure[]> {
  return [await reanchorFigure(article.text, runs), await hypothesisFigure(article.text, runs)]
}
