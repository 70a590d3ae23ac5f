import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { dayAsDated } from '../../../shared/readable-date'
import { isWebUrl } from '../../../shared/safe-url'
import { keepUrlsLiteral } from './literal-urls'
import { serialiseSections } from './markdown-serialise'
import { claimSections, type ClaimSectionContext } from './claim-section'
import { disagreementSections } from './disagreements-section'
import type { PublishedReport } from './published-report'
import { layOutReport, type ReportPart } from './report-layout'
import { claimGroups, vocabularyOf } from './report-data'
import { versionCounts } from './evidence-citations'
import { emphasis, heading, linkOrText, paragraph, table, text } from './report-mdast'
import { revealBidiControls } from './visible-text'

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/** 23 November 2026: the day the report was made, as a byline gives it. */
const reportDay = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)

/** Title, subtitle and byline: what the reader sees first. */
function masthead(report: PublishedReport): RootContent[] {
  const { subtitle, author } = report.options
  const byline = [author && `By ${author}`, reportDay(report.generatedAt)].filter(Boolean)
  return [
    heading(1, report.title),
    ...(subtitle ? [paragraph(emphasis(text(subtitle)))] : []),
    paragraph(text(byline.join(' · '))),
  ]
}

function summary(report: PublishedReport): RootContent[] {
  const claims = report.articles.flatMap((entry) => entry.claims)
  const outlets = new Set(report.articles.flatMap(({ article }) => article.site ?? []))
  const covers =
    `This report covers ${plural(claims.length, 'claim')} in ${plural(report.articles.length, 'article')}` +
    (outlets.size > 0 ? ` from ${plural(outlets.size, 'outlet')}` : '') +
    (report.scope.kind === 'filter'
      ? ` (${report.scopeLabel.charAt(0).toLowerCase()}${report.scopeLabel.slice(1)}).`
      : report.options.approvedOnly
        ? ', approved claims only.'
        : '.')
  if (claims.length === 0)
    return [
      heading(2, 'Summary'),
      paragraph(text(covers)),
      paragraph(text('No claims in this report.')),
    ]
  const byVerdict = report.verdictScale.verdicts
    .map(
      (verdict) =>
        [verdict.label, claims.filter((claim) => claim.verdictId === verdict.id).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([label, count]) => [[text(label)], [text(String(count))]])
  return [
    heading(2, 'Summary'),
    paragraph(text(covers)),
    table(['Verdict', 'Claims'], byVerdict, [null, 'right']),
  ]
}

/** Outlet · By author · Published · a link to the article: what the article section opens with. */
function articleLine(part: Extract<ReportPart, { kind: 'article' }>): RootContent[] {
  const { site, byline, published, url } = part.article
  const facts: PhrasingContent[][] = [
    site ? [text(site)] : [],
    byline ? [text(`By ${byline}`)] : [],
    published ? [text(`Published ${dayAsDated(published)}`)] : [],
    url ? [linkOrText(url, isWebUrl(url) ? 'Read the article' : url)] : [],
  ].filter((fact) => fact.length > 0)
  if (facts.length === 0) return []
  const joined = facts.flatMap((fact, index) => (index === 0 ? fact : [text(' · '), ...fact]))
  return [paragraph(...joinAdjacentText(joined))]
}

/** Neighbouring text nodes as one, the way a Markdown parser reads them back. */
function joinAdjacentText(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.reduce<PhrasingContent[]>((joined, node) => {
    const last = joined.at(-1)
    if (last?.type === 'text' && node.type === 'text') {
      joined[joined.length - 1] = text(last.value + node.value)
    } else joined.push(node)
    return joined
  }, [])
}

function partSections(
  part: ReportPart,
  index: number,
  context: ClaimSectionContext,
): RootContent[][] {
  const claims = part.claims.flatMap((claim) => claimSections(claim, context))
  if (part.kind === 'verdict') {
    const label = context.vocabulary.verdictOf(part.claims[0]!).label
    return [[heading(2, `${label} (${plural(part.claims.length, 'claim')})`)], ...claims]
  }
  return [
    [
      heading(2, `Article ${index + 1}: ${part.article.title}`),
      ...articleLine(part),
      ...(part.claims.length === 0 ? [paragraph(text('No claims in this article.'))] : []),
    ],
    ...claims,
  ]
}

/**
 * The report in sections, each a run of top-level nodes: title and summary, where the outlets
 * disagree, then each article (or verdict) and its claims. Serialised one by one, repeated
 * sections (the same fields of many claims) are written once; see `serialiseSections`.
 */
export function reportSections(report: PublishedReport): RootContent[][] {
  const layout = layOutReport(report)
  const vocabulary = vocabularyOf(report)
  const context: ClaimSectionContext = {
    report,
    layout,
    vocabulary,
    groups: claimGroups(report),
    versionCounts: versionCounts(report),
  }
  return [
    [...masthead(report), ...summary(report)],
    ...disagreementSections(report, layout, vocabulary),
    ...layout.parts.flatMap((part, index) => partSections(part, index, context)),
  ]
}

/** Direction controls made visible in every text of the tree. */
function revealAll(node: Nodes): void {
  if (node.type === 'text') node.value = revealBidiControls(node.value)
  if ('children' in node) node.children.forEach(revealAll)
}

/** What a report shows literally: direction controls made visible, bare URLs kept from linking. */
export function keepLiteral(children: RootContent[]): void {
  const section: Root = { type: 'root', children }
  revealAll(section)
  keepUrlsLiteral(section)
}

/** The report as one Markdown syntax tree: what a parser reads back from `markdownReport`. */
export function markdownReportTree(report: PublishedReport): Root {
  const sections = reportSections(report)
  sections.forEach(keepLiteral)
  return { type: 'root', children: sections.flat() }
}

/** The report's Markdown: sections written before are not built literal or written again. */
export const markdownReport = (report: PublishedReport): string =>
  serialiseSections(reportSections(report), keepLiteral)
