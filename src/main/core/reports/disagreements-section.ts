import type { PhrasingContent, RootContent } from 'mdast'
import type { Claim } from '../../../shared/claim-model'
import {
  DISCREPANCY_KIND_LABELS,
  type Discrepancy,
  type Passage,
} from '../../../shared/compare-model'
import { outletOf } from '../compare/discrepancies-markdown'
import type { PublishedReport } from './published-report'
import { emphasis, heading, oneLine, paragraph, strong, table, text } from './report-mdast'
import type { ReportLayout } from './report-layout'
import type { vocabularyOf } from './report-data'

type Vocabulary = ReturnType<typeof vocabularyOf>

/** An article's claims by start, and the longest of them, to find the claims over a passage quickly. */
type ClaimIndex = { claims: readonly Claim[]; longest: number }

function indexClaims(report: PublishedReport): Map<string, ClaimIndex> {
  return new Map(
    report.articles.map(({ article, claims }) => [
      article.id,
      {
        claims,
        longest: Math.max(0, ...claims.map((claim) => claim.position.end - claim.position.start)),
      },
    ]),
  )
}

/** The claims overlapping a passage; claims are in text order, so only those just before it are looked at. */
function claimsOver(passage: Passage, index: Map<string, ClaimIndex>): Claim[] {
  const entry = index.get(passage.articleId)
  if (!entry) return []
  const { claims, longest } = entry
  let high = claims.length
  for (let low = 0; low < high;) {
    const middle = (low + high) >> 1
    if (claims[middle]!.position.start < passage.end) low = middle + 1
    else high = middle
  }
  const found: Claim[] = []
  for (let at = high - 1; at >= 0 && claims[at]!.position.start > passage.start - longest; at--) {
    if (claims[at]!.position.end > passage.start) found.unshift(claims[at]!)
  }
  return found
}

type Context = {
  layout: ReportLayout
  vocabulary: Vocabulary
  index: Map<string, ClaimIndex>
  /** "Article 2", as the article's own section is headed, when the report has one. */
  articleHeadings: Map<string, string>
}

function articleCell(passage: Passage, { articleHeadings }: Context): PhrasingContent[] {
  const heading = articleHeadings.get(passage.articleId)
  if (!heading) return [strong(text(outletOf(passage)))]
  return [strong(text(heading)), ...(passage.site ? [text(`, ${passage.site}`)] : [])]
}

function claimCell(passage: Passage, { layout, vocabulary, index }: Context): PhrasingContent[] {
  const names = claimsOver(passage, index)
    .filter((claim) => layout.numbers.has(claim.id))
    .map((claim) => `${layout.numbers.get(claim.id)} (${vocabulary.verdictOf(claim).label})`)
  return [text(names.length > 0 ? names.join(', ') : '—')]
}

/** One discrepancy: what it is about, then what each article says beside its passage and claims. */
function discrepancyBlocks(discrepancy: Discrepancy, context: Context): RootContent[] {
  const rows = discrepancy.items.map(({ says, passage }) => [
    articleCell(passage, context),
    [text(oneLine(says))],
    [emphasis(text(oneLine(passage.text)))],
    claimCell(passage, context),
  ])
  return [
    heading(3, `${DISCREPANCY_KIND_LABELS[discrepancy.kind]}: ${discrepancy.summary}`),
    ...(discrepancy.caveat ? [paragraph(emphasis(text(discrepancy.caveat)))] : []),
    table(['Article', 'Says', 'Passage', 'Claim'], rows),
  ]
}

/**
 * Where the outlets disagree: each discrepancy the comparison found, the passages side by side
 * (who says 8,000, who says 10,000, with their hedges) and the claims of this report over them.
 */
export function disagreementSections(
  report: PublishedReport,
  layout: ReportLayout,
  vocabulary: Vocabulary,
): RootContent[][] {
  if (report.discrepancies.length === 0) return []
  const articleHeadings = new Map(
    layout.parts.flatMap((part, index) =>
      part.kind === 'article' ? [[part.article.id, `Article ${index + 1}`] as const] : [],
    ),
  )
  const context: Context = { layout, vocabulary, index: indexClaims(report), articleHeadings }
  const count = report.discrepancies.length
  return [
    [
      heading(2, 'Where the outlets disagree'),
      paragraph(
        text(
          `The articles differ on ${count} point${count === 1 ? '' : 's'}. Each table shows what every article says, side by side, and the claims of this report on that passage.`,
        ),
      ),
    ],
    ...report.discrepancies.map((discrepancy) => discrepancyBlocks(discrepancy, context)),
  ]
}
