import type { Claim, Source } from '../../../shared/claim-model'
import type { Article } from '../../../shared/article-model'
import { isWebUrl } from '../../../shared/safe-url'
import { embeddableJson } from './embeddable-json'
import { latestSnapshot } from './evidence-citations'
import { serialiseEach } from './markdown-serialise'
import { notesToMdast } from './notes-mdast'
import { articleUrn, claimGroups, claimUrn, vocabularyOf, type ReportData } from './report-data'

/** @see https://www.w3.org/TR/annotation-model/ */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/**
 * Claimdesk's own terms (claimant, status, approval, group, a source's note), declared after the W3C context
 * as the model's extension rules ask, so an import gets back every field of a claim.
 * @see https://www.w3.org/TR/annotation-model/#extensions
 */
export const CLAIMDESK_TERMS = 'urn:claimdesk:terms:'
const REPORT_CONTEXT = [ANNOTATION_CONTEXT, { claimdesk: CLAIMDESK_TERMS }] as const

type Body = Record<string, unknown>

/**
 * W3C positions count Unicode code points; our offsets count UTF-16 units. Built once per article:
 * for text without astral characters (most of it) the two are the same.
 */
function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return (offset) => offset
  const pairsBefore = new Uint32Array(text.length + 1)
  for (let index = 0; index < text.length; index++) {
    const endsPair =
      index > 0 && /[\udc00-\udfff]/.test(text[index]!) && /[\ud800-\udbff]/.test(text[index - 1]!)
    pairsBefore[index + 1] = pairsBefore[index]! + (endsPair ? 1 : 0)
  }
  return (offset) => offset - pairsBefore[offset]!
}

export const articleIri = (article: Article) =>
  article.url && isWebUrl(article.url) ? article.url : articleUrn(article)

function target(article: Article, claim: Claim, toCodePoints: (offset: number) => number) {
  return {
    type: 'SpecificResource',
    source: articleIri(article),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: claim.quote.exact,
        prefix: claim.quote.prefix,
        suffix: claim.quote.suffix,
      },
      {
        type: 'TextPositionSelector',
        start: toCodePoints(claim.position.start),
        end: toCodePoints(claim.position.end),
      },
    ],
  }
}

type Context = {
  vocabulary: ReturnType<typeof vocabularyOf>
  groups: Map<string, Claim[]>
  notes: Map<Claim, string>
  findings: Map<Claim, string>
}

/** Every claim's notes (or finding) as Markdown, written together: one library call per claim costs more than its text. */
export function notesMarkdown(data: ReportData, field: 'notes' | 'finding'): Map<Claim, string> {
  const annotated = data.articles
    .flatMap((entry) => entry.claims)
    .map((claim) => ({ claim, blocks: notesToMdast(claim[field]) }))
    .filter(({ blocks }) => blocks.length > 0)
  const written = serialiseEach(annotated.map(({ blocks }) => blocks))
  return new Map(annotated.map(({ claim }, index) => [claim, written[index]!.trim()]))
}

function bodies(claim: Claim, { vocabulary, groups, notes: allNotes, findings }: Context): Body[] {
  const { tagNames, verdictOf } = vocabulary
  const notes = allNotes.get(claim) ?? ''
  const finding = findings.get(claim) ?? ''
  const same = claim.groupId
    ? (groups.get(claim.groupId) ?? []).filter((other) => other.id !== claim.id)
    : []
  return [
    {
      type: 'TextualBody',
      purpose: 'assessing',
      value: verdictOf(claim).label,
      format: 'text/plain',
    },
    // The finding says why the verdict: a second assessment, in Markdown.
    ...(finding
      ? [{ type: 'TextualBody', purpose: 'assessing', value: finding, format: 'text/markdown' }]
      : []),
    ...tagNames(claim).map((name) => ({
      type: 'TextualBody',
      purpose: 'tagging',
      value: name,
      format: 'text/plain',
    })),
    ...(notes
      ? [{ type: 'TextualBody', purpose: 'commenting', value: notes, format: 'text/markdown' }]
      : []),
    ...claim.sources.map((source) => ({
      type: 'SpecificResource',
      purpose: 'linking',
      source: source.url,
      ...(source.title ? { label: source.title } : {}),
      ...(source.note ? { 'claimdesk:note': source.note } : {}),
      ...archivedState(source),
    })),
    ...same.map((other) => ({
      type: 'SpecificResource',
      purpose: 'linking',
      source: claimUrn(other.id),
    })),
  ]
}

/**
 * The source as it was archived: a TimeState naming when and the local copy by its body's sha256
 * (and the workspace's WARC file holding it), so the link still resolves when the page is gone.
 * @see https://www.w3.org/TR/annotation-model/#time-state
 */
function archivedState(source: Source) {
  const snapshot = latestSnapshot(source)
  if (!snapshot) return {}
  return {
    state: {
      type: 'TimeState',
      sourceDate: snapshot.archivedAt,
      cached: `urn:sha256:${snapshot.payloadSha256}`,
      'claimdesk:warcFile': snapshot.warcFile,
    },
  }
}

/** One claim as an Annotation: assessing the quoted span of the article it was marked in. */
function annotation(
  article: Article,
  claim: Claim,
  context: Context,
  toCodePoints: (offset: number) => number,
) {
  return {
    id: claimUrn(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(claim.claimant ? { 'claimdesk:claimant': claim.claimant } : {}),
    'claimdesk:status': claim.status,
    ...(claim.groupId ? { 'claimdesk:group': claim.groupId } : {}),
    ...(claim.origin ? { 'claimdesk:origin': claim.origin } : {}),
    ...(claim.checkedAgainst ? { 'claimdesk:checkedAgainst': claim.checkedAgainst } : {}),
    ...(claim.approval ? { 'claimdesk:approval': claim.approval } : {}),
    body: bodies(claim, context),
    target: target(article, claim, toCodePoints),
  }
}

/**
 * The claims as a W3C AnnotationCollection with its one embedded AnnotationPage.
 * @see https://www.w3.org/TR/annotation-model/#annotation-collection
 */
export function webAnnotationReport(data: ReportData): string {
  const context: Context = {
    vocabulary: vocabularyOf(data),
    groups: claimGroups(data),
    notes: notesMarkdown(data, 'notes'),
    findings: notesMarkdown(data, 'finding'),
  }
  const items = data.articles.flatMap(({ article, claims }) => {
    const toCodePoints = codePointOffsets(article.text)
    return claims.map((claim) => annotation(article, claim, context, toCodePoints))
  })
  const id = `urn:claimdesk:report:${encodeURIComponent(data.workspaceName)}:${data.generatedAt.toISOString()}`
  const collection = {
    '@context': REPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Fact-check report: ${data.workspaceName} (${data.scopeLabel})`,
    total: items.length,
    generated: data.generatedAt.toISOString(),
    generator: { id: 'urn:claimdesk:app', type: 'Software', name: 'Claimdesk' },
    ...(items.length > 0
      ? { first: { id: `${id}:page:0`, type: 'AnnotationPage', partOf: id, startIndex: 0, items } }
      : {}),
  }
  return embeddableJson(collection)
}
