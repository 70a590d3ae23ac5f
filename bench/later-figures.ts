import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { reanchorClaims } from '../src/main/core/anchoring/reanchor'
import { selectorsFor } from '../src/main/core/claims/selectors'
import { openDesk } from '../src/main/core/desk'
import { EditedArticle, seededRandom } from '../src/main/core/testing/article-edits'
import { EMPTY_NOTES, type Claim } from '../src/shared/claim-model'
import { dispatch } from '../src/shared/dispatch'
import { figureOf, type Figure } from './results'
import { repeat } from './stats'

/** Only read when a workspace is new; the bench's workspaces never are. */
const SAMPLES_DIR = resolve('resources/samples')

function claimOn(text: string, span: { start: number; end: number }, n: number): Claim {
  return {
    id: `c${n}`,
    articleId: 'a1',
    ...selectorsFor(text, span),
    anchor: { state: 'anchored', confidence: 1 },
    tagIds: [],
    verdictId: 'unrated',
    claimant: '',
    status: 'to-check',
    notes: EMPTY_NOTES,
    sources: [],
    createdAt: '2024-11-01T10:00:00.000Z',
    updatedAt: '2024-11-01T10:00:00.000Z',
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/**
 * 5,000 claims on the big article's text, then one character changed inside 5 % of them (issue
 * 5's harness tracks where each claim's text really went): the time to re-anchor them all, and
 * how many were placed somewhere their text is not.
 */
async function reanchorFigure(text: string, runs: number): Promise<Figure> {
  const article = new EditedArticle(text, seededRandom(5))
  const oldText = article.text
  const claims = Array.from({ length: 5_000 }, () => article.addClaim()).flatMap((span, n) =>
    span ? [claimOn(oldText, span, n)] : [],
  )
  article.editInsideClaims(Math.round(claims.length * 0.05))
  const newText = article.text
  const truth = article.truth()
  let placed: Claim[] = []
  const times = await repeat(runs, async () => {
    const started = performance.now()
    placed = reanchorClaims(oldText, newText, claims)
    return performance.now() - started
  })
  const isWrong = (claim: Claim, n: number) => {
    const real = truth[n]
    if (claim.anchor.state === 'orphaned' || !real) return false
    if (!real.span) return true
    return real.fate === 'intact'
      ? claim.position.start !== real.span.start || claim.position.end !== real.span.end
      : !overlaps(claim.position, real.span)
  }
  const wrongOnes = placed.flatMap((claim, n) => (isWrong(claim, n) ? [n] : []))
  const wrong = wrongOnes.length
  const wrongEdited = wrongOnes.filter((n) => truth[n]?.fate === 'edited').length
  // An edited claim whose old words still stand verbatim elsewhere in the new text.
  const wrongWithCopy = wrongOnes.filter((n) =>
    newText.includes(claims[n]?.quote.exact ?? '\0'),
  ).length
  const review = placed.filter((claim) => claim.anchor.state === 'needs-review').length
  const orphaned = placed.filter((claim) => claim.anchor.state === 'orphaned').length
  const figure = figureOf(
    `Re-anchor ${claims.length.toLocaleString('en')} claims after edits touching 5 %`,
    times,
    'ms',
    { text: '≤ 250 ms, 0 wrong placements', median: 250 },
    `${wrong} wrong (${wrongEdited} edited claims; ${wrongWithCopy} whose old words stand verbatim elsewhere), ${review} to review, ${orphaned} orphaned; no Hypothesis-style comparison yet`,
  )
  return { ...figure, pass: figure.pass === true && wrong === 0 }
}

/** The Markdown report of the big article's 5,000 claims, through the real reports.export call. */
async function exportFigure(dataDir: string, articleId: string, runs: number): Promise<Figure> {
  const desk = await openDesk({ dataDir, samplesDir: SAMPLES_DIR, fileWatch: null })
  try {
    const times = await repeat(runs, async () => {
      const started = performance.now()
      const result = await dispatch(desk.handlers, 'reports.export', {
        scope: { kind: 'article', articleId },
        format: 'md',
      })
      if (!result.ok) throw new Error(result.message)
      return performance.now() - started
    })
    return figureOf('Export Markdown of 5,000 claims', times, 'ms', {
      text: '≤ 200 ms',
      median: 200,
    })
  } finally {
    await desk.close()
  }
}

/** Re-anchoring (issue 5) and the Markdown export (issue 4), measured on the big article. */
export async function laterFigures(
  dataDir: string,
  article: { id: string; text: string },
  runs: number,
): Promise<Figure[]> {
  return [await reanchorFigure(article.text, runs), await exportFigure(dataDir, article.id, runs)]
}
