import type { BlockContent, Blockquote, ListItem, PhrasingContent, RootContent } from 'mdast'
import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { dayAsDated } from '../../../shared/readable-date'
import { STATUS_LABELS } from '../../../shared/status-labels'
import { notesToMdast } from './notes-mdast'
import type { PublishedReport, QuoteInPlace } from './published-report'
import { field, heading, item, linkOrText, list, paragraph, strong, text } from './report-mdast'
import type { ReportLayout } from './report-layout'
import type { vocabularyOf } from './report-data'
import { latestSnapshot, snapshotCitation, versionCitation } from './evidence-citations'

/** What every claim's section is written with. */
export type ClaimSectionContext = {
  report: PublishedReport
  layout: ReportLayout
  vocabulary: ReturnType<typeof vocabularyOf>
  groups: ReadonlyMap<string, Claim[]>
  /** How many versions each article has, by article id. */
  versionCounts: ReadonlyMap<string, number>
}

type Segment = { value: string; isQuote: boolean }

/** Spaces at the edges of the quote stay outside its emphasis, where Markdown can keep them. */
function phrasingOf({ value, isQuote }: Segment): PhrasingContent[] {
  if (!isQuote) return value ? [text(value)] : []
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? []
  return [
    ...(before ? [text(before)] : []),
    ...(core ? [strong(text(core))] : []),
    ...(after ? [text(after)] : []),
  ]
}

/**
 * The quote in its sentence, the quote itself in bold; paragraphs and line breaks stay as the
 * article has them, so it reads as it does there.
 */
function quoteBlock(exact: string, { before, after }: QuoteInPlace): Blockquote {
  const paragraphs: PhrasingContent[][] = [[]]
  const segments: Segment[] = [
    { value: before, isQuote: false },
    { value: exact, isQuote: true },
    { value: after, isQuote: false },
  ]
  for (const segment of segments) {
    segment.value.split(/\n{2,}/).forEach((part, index) => {
      if (index > 0) paragraphs.push([])
      part.split('\n').forEach((line, lineIndex) => {
        if (lineIndex > 0) paragraphs[paragraphs.length - 1]!.push({ type: 'break' })
        paragraphs[paragraphs.length - 1]!.push(...phrasingOf({ ...segment, value: line }))
      })
    })
  }
  const filled = paragraphs.filter((children) => children.some(isVisible))
  return { type: 'blockquote', children: filled.map((children) => paragraph(...children)) }
}

const isVisible = (node: PhrasingContent) =>
  node.type !== 'break' && !(node.type === 'text' && node.value.trim() === '')

function verdictText(claim: Claim, { vocabulary, report }: ClaimSectionContext): string {
  const verdict = vocabulary.verdictOf(claim)
  const { bestValue, worstValue } = report.verdictScale
  return verdict.value === null
    ? verdict.label
    : `${verdict.label} (${verdict.value} on a scale from ${worstValue} to ${bestValue})`
}

function sameClaims(claim: Claim, { groups, layout }: ClaimSectionContext): string[] {
  const group = claim.groupId ? (groups.get(claim.groupId) ?? []) : []
  return group
    .filter((other) => other.id !== claim.id && layout.numbers.has(other.id))
    .map((other) => `Claim ${layout.numbers.get(other.id)}`)
}

/** “Title”, Outlet: how a claim grouped by verdict names its article. */
export const articleName = (article: Article) =>
  article.site ? `“${article.title}”, ${article.site}` : `“${article.title}”`

const blocksOf = (doc: Claim['notes']) => notesToMdast(doc) as BlockContent[]

function claimFields(claim: Claim, context: ClaimSectionContext): ListItem[] {
  const { report, layout, vocabulary } = context
  const tags = vocabulary.tagNames(claim)
  const same = sameClaims(claim, context)
  const link = report.quotes.get(claim.id)?.link
  const article = layout.articleOf.get(claim.id)
  const finding = blocksOf(claim.finding)
  const notes = report.options.includeNotes ? blocksOf(claim.notes) : []
  const sources = claim.sources.map((source) => {
    const snapshot = latestSnapshot(source)
    const after =
      (source.note ? ` — ${source.note}` : '') +
      (snapshot ? ` (${snapshotCitation(snapshot)})` : '')
    return item(
      paragraph(
        linkOrText(source.url, source.title.trim() || source.url),
        ...(after ? [text(after)] : []),
      ),
    )
  })
  const checked = claim.checkedAgainst
  const approval = claim.status === 'approved' ? claim.approval : undefined
  const fields: (BlockContent[] | false)[] = [
    [field('Verdict', text(verdictText(claim, context)))],
    claim.claimant !== '' && [field('Claimant', text(claim.claimant))],
    report.options.groupBy === 'verdict' &&
      !!article && [field('Article', text(articleName(article)))],
    !!link && [field('In the article', linkOrText(link, 'open the article at this quote'))],
    tags.length > 0 && [field('Tags', text(tags.join(', ')))],
    claim.status !== 'checked' && !approval && [field('Status', text(STATUS_LABELS[claim.status]))],
    !!approval && [paragraph(text(`Approved by ${approval.by} on ${dayAsDated(approval.at)}`))],
    !!checked && [
      field(
        'Checked against',
        text(versionCitation(checked, context.versionCounts.get(claim.articleId) ?? 0)),
      ),
    ],
    claim.anchor.state !== 'anchored' && [
      field(
        'Anchor',
        text(`${claim.anchor.state} (confidence ${claim.anchor.confidence.toFixed(2)})`),
      ),
    ],
    same.length > 0 && [field('Same claim as', text(same.join(', ')))],
    finding.length > 0 && [field('Finding'), ...finding],
    sources.length > 0 && [field('Sources'), list(sources)],
    notes.length > 0 && [field('Internal notes'), ...notes],
  ]
  return fields
    .filter((blocks): blocks is BlockContent[] => blocks !== false)
    .map((blocks) => item(...blocks))
}

/** A claim's heading and quote, then its fields: two sections, so equal fields are written once. */
export function claimSections(claim: Claim, context: ClaimSectionContext): RootContent[][] {
  const number = context.layout.numbers.get(claim.id)
  const quote = context.report.quotes.get(claim.id) ?? { before: '', after: '' }
  return [
    [
      heading(3, `Claim ${number}: ${context.vocabulary.verdictOf(claim).label}`),
      quoteBlock(claim.quote.exact, quote),
    ],
    [list(claimFields(claim, context))],
  ]
}
