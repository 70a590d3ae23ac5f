import type {
  BlockContent,
  ListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast'
import type { Claim } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { isSafeLinkUrl, isWebUrl } from '../../../shared/safe-url'
import { STATUS_LABELS } from '../../../shared/status-labels'
import { keepUrlsLiteral } from './literal-urls'
import { serialiseSections } from './markdown-serialise'
import { notesToMdast } from './notes-mdast'
import { claimCount, claimGroups, vocabularyOf, type ReportData } from './report-data'
import { revealBidiControls } from './visible-text'

type Vocabulary = ReturnType<typeof vocabularyOf>

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
})
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
})
const list = (children: ListItem[]): BlockContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children,
})
const item = (...children: BlockContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children,
})
/** `**Label:** value`; the space joins the value's own text so the tree is what a parser reads back. */
function field(label: string, value?: PhrasingContent): BlockContent {
  const name: PhrasingContent = { type: 'strong', children: [text(`${label}:`)] }
  if (!value) return paragraph(name)
  return value.type === 'text'
    ? paragraph(name, text(` ${value.value}`))
    : paragraph(name, text(' '), value)
}

/** A web address becomes a link; anything else (a javascript: URL, a path) stays visible as text. */
const linkOrText = (url: string, label = url): PhrasingContent =>
  isSafeLinkUrl(url) ? { type: 'link', url, children: [text(label)] } : text(label)

function countTable(header: string, rows: [string, number][]): Table {
  const row = (cells: string[]) => ({
    type: 'tableRow' as const,
    children: cells.map((cell) => ({ type: 'tableCell' as const, children: [text(cell)] })),
  })
  return {
    type: 'table',
    align: [null, 'right'],
    children: [
      row([header, 'Claims']),
      ...rows.map(([label, count]) => row([label, String(count)])),
    ],
  }
}

function summary(data: ReportData): RootContent[] {
  const claims = data.articles.flatMap((entry) => entry.claims)
  const byVerdict = data.verdictScale.verdicts
    .map((verdict): [string, number] => [
      verdict.label,
      claims.filter((claim) => claim.verdictId === verdict.id).length,
    ])
    .filter(([, count]) => count > 0)
  const byTag = [
    ...data.tags.map((tag): [string, number] => [
      tag.name,
      claims.filter((claim) => claim.tagIds.includes(tag.id)).length,
    ]),
    ['No tag', claims.filter((claim) => claim.tagIds.length === 0).length] as [string, number],
  ].filter(([, count]) => count > 0)
  if (claims.length === 0)
    return [heading(2, 'Summary'), paragraph(text('No claims in this report.'))]
  return [heading(2, 'Summary'), countTable('Verdict', byVerdict), countTable('Tag', byTag)]
}

function articleFacts(article: Article, claims: Claim[]): BlockContent {
  const facts = [
    article.site && field('Outlet', text(article.site)),
    article.byline && field('Byline', text(article.byline)),
    article.published && field('Published', text(article.published)),
    article.url &&
      field('URL', isWebUrl(article.url) ? linkOrText(article.url) : text(article.url)),
    article.fileName && field('File', text(article.fileName)),
    field('Claims', text(String(claims.length))),
  ]
  return list(facts.filter((fact): fact is BlockContent => Boolean(fact)).map((fact) => item(fact)))
}

/** The quote keeps its paragraphs and line breaks, so it reads as it does in the article. */
function quote(exact: string): RootContent {
  const paragraphs = exact.split(/\n{2,}/).filter((part) => part.trim() !== '')
  return {
    type: 'blockquote',
    children: paragraphs.map((part) =>
      paragraph(
        ...part
          .split('\n')
          .flatMap((line, index): PhrasingContent[] =>
            index === 0 ? [text(line)] : [{ type: 'break' }, text(line)],
          ),
      ),
    ),
  }
}

type ClaimContext = {
  vocabulary: Vocabulary
  data: ReportData
  numbers: Map<string, string>
  groups: Map<string, Claim[]>
}

function verdictText(claim: Claim, { vocabulary, data }: ClaimContext): string {
  const verdict = vocabulary.verdictOf(claim)
  const { bestValue, worstValue } = data.verdictScale
  return verdict.value === null
    ? verdict.label
    : `${verdict.label} (${verdict.value} on a scale from ${worstValue} to ${bestValue})`
}

function sameClaims(claim: Claim, { groups, numbers }: ClaimContext): string[] {
  const group = claim.groupId ? (groups.get(claim.groupId) ?? []) : []
  return group
    .filter((other) => other.id !== claim.id)
    .map((other) => `Claim ${numbers.get(other.id)}`)
}

function claimFields(claim: Claim, context: ClaimContext): ListItem[] {
  const tags = context.vocabulary.tagNames(claim)
  const same = sameClaims(claim, context)
  const notes = notesToMdast(claim.notes) as BlockContent[]
  const sources = claim.sources.map((source) =>
    item(
      paragraph(
        linkOrText(source.url, source.title.trim() || source.url),
        ...(source.note ? [text(` — ${source.note}`)] : []),
      ),
    ),
  )
  const fields: (BlockContent[] | false)[] = [
    [field('Verdict', text(verdictText(claim, context)))],
    [field('Tags', text(tags.length > 0 ? tags.join(', ') : 'none'))],
    claim.claimant !== '' && [field('Claimant', text(claim.claimant))],
    [field('Status', text(STATUS_LABELS[claim.status]))],
    claim.anchor.state !== 'anchored' && [
      field(
        'Anchor',
        text(`${claim.anchor.state} (confidence ${claim.anchor.confidence.toFixed(2)})`),
      ),
    ],
    same.length > 0 && [field('Same claim as', text(same.join(', ')))],
    notes.length > 0 && [field('Notes'), ...notes],
    sources.length > 0 && [field('Sources'), list(sources)],
  ]
  return fields
    .filter((blocks): blocks is BlockContent[] => blocks !== false)
    .map((blocks) => item(...blocks))
}

/** An article's heading and facts, then per claim its heading and quote, and its fields: each a section of its own. */
function articleSections(
  index: number,
  article: Article,
  claims: Claim[],
  context: ClaimContext,
): RootContent[][] {
  return [
    [
      heading(2, `Article ${index + 1}: ${article.title}`),
      articleFacts(article, claims),
      ...(claims.length === 0 ? [paragraph(text('No claims in this article.'))] : []),
    ],
    ...claims.flatMap((claim) => [
      [heading(3, `Claim ${context.numbers.get(claim.id)}`), quote(claim.quote.exact)],
      [list(claimFields(claim, context))],
    ]),
  ]
}

/** Direction controls made visible in every text of the tree. */
function revealAll(node: Nodes): void {
  if (node.type === 'text') node.value = revealBidiControls(node.value)
  if ('children' in node) node.children.forEach(revealAll)
}

/**
 * The report in sections, each a run of top-level nodes: title and summary tables, then each
 * article and its claims in text order. Serialised one by one, repeated sections (the same fields
 * of many claims) are written once; see `serialiseSections`.
 */
function markdownReportSections(data: ReportData): RootContent[][] {
  const vocabulary = vocabularyOf(data)
  const numbers = new Map(
    data.articles.flatMap((entry, a) =>
      entry.claims.map((claim, c) => [claim.id, `${a + 1}.${c + 1}`] as const),
    ),
  )
  const context: ClaimContext = { vocabulary, data, numbers, groups: claimGroups(data) }
  const sections: RootContent[][] = [
    [
      heading(1, `Fact-check report: ${data.workspaceName}`),
      paragraph(
        text(
          `Generated ${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${data.scopeLabel} · ` +
            `${data.articles.length} article(s), ${claimCount(data)} claim(s)`,
        ),
      ),
      ...summary(data),
    ],
    ...data.articles.flatMap((entry, index) =>
      articleSections(index, entry.article, entry.claims, context),
    ),
  ]
  return sections
}

/** What a report shows literally: direction controls made visible, bare URLs kept from linking. */
function keepLiteral(children: RootContent[]): void {
  const section: Root = { type: 'root', children }
  revealAll(section)
  keepUrlsLiteral(section)
}

/** The report as one Markdown syntax tree: what a parser reads back from `markdownReport`. */
export function markdownReportTree(data: ReportData): Root {
  const sections = markdownReportSections(data)
  sections.forEach(keepLiteral)
  return { type: 'root', children: sections.flat() }
}

/** The report's Markdown: sections written before are not built literal or written again. */
export const markdownReport = (data: ReportData): string =>
  serialiseSections(markdownReportSections(data), keepLiteral)
