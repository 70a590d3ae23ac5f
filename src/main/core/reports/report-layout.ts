import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import type { PublishedReport } from './published-report'

/** One part of the report: an article and its claims, or a verdict and the claims rated so. */
export type ReportPart =
  | { kind: 'article'; article: Article; claims: Claim[] }
  | { kind: 'verdict'; verdictId: string; claims: Claim[] }

/** The parts in reading order, and each claim's number as the report names it. */
export type ReportLayout = {
  parts: ReportPart[]
  numbers: ReadonlyMap<string, string>
  articleOf: ReadonlyMap<string, Article>
}

const byText = (a: Claim, b: Claim) =>
  a.position.start - b.position.start || a.position.end - b.position.end

/** Claims in the order of the rating scale (verdicts off the scale last), then in text order. */
function byVerdict(report: PublishedReport): (a: Claim, b: Claim) => number {
  const ranks = new Map(report.verdictScale.verdicts.map((verdict, index) => [verdict.id, index]))
  const rank = (claim: Claim) => ranks.get(claim.verdictId) ?? ranks.size
  return (a, b) => rank(a) - rank(b) || byText(a, b)
}

function verdictParts(report: PublishedReport): ReportPart[] {
  const claims = report.articles.flatMap((entry) => entry.claims)
  const verdictIds = [
    ...report.verdictScale.verdicts.map((verdict) => verdict.id),
    ...new Set(claims.map((claim) => claim.verdictId)),
  ]
  return [...new Set(verdictIds)]
    .map((verdictId) => ({
      kind: 'verdict' as const,
      verdictId,
      claims: claims.filter((claim) => claim.verdictId === verdictId),
    }))
    .filter((part) => part.claims.length > 0)
}

/** Groups and orders the claims as the options ask, and numbers them: 1.2 by article, 3 by verdict. */
export function layOutReport(report: PublishedReport): ReportLayout {
  const order = report.options.orderBy === 'verdict' ? byVerdict(report) : byText
  const articleOf = new Map(
    report.articles.flatMap(({ article, claims }) => claims.map((claim) => [claim.id, article])),
  )
  if (report.options.groupBy === 'verdict') {
    const parts = verdictParts(report)
    const numbers = new Map(
      parts.flatMap((part) => part.claims).map((claim, index) => [claim.id, String(index + 1)]),
    )
    return { parts, numbers, articleOf }
  }
  const parts: ReportPart[] = report.articles.map(({ article, claims }) => ({
    kind: 'article',
    article,
    claims: [...claims].sort(order),
  }))
  const numbers = new Map(
    parts.flatMap((part, a) => part.claims.map((claim, c) => [claim.id, `${a + 1}.${c + 1}`])),
  )
  return { parts, numbers, articleOf }
}
