import { randomBytes } from 'node:crypto'
import {
  Claim,
  ClaimStatus,
  EMPTY_NOTES,
  type NotesDoc,
  type Source,
} from '../../../shared/claim-model'
import { Id, type Article } from '../../../shared/article-model'
import type { AnnotationImportResult } from '../../../shared/report-model'
import { ServiceError } from '../../../shared/result'
import { reanchorClaims } from '../anchoring/reanchor'
import type { ClaimBook } from '../claims/claim-book'
import type { ClaimService } from '../claims/claim-service'
import type { TagService } from '../claims/tag-service'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { annotationsIn, ImportedAnnotation } from './annotation-document'
import { markdownToNotes, plainTextToNotes } from './notes-from-markdown'
import { articleUrn, CLAIM_URN_PREFIX } from './report-data'

/** A tag an import brings in gets this neutral grey until the user picks a colour. */
const NEW_TAG_COLOUR = '#5f6b7a'

type Body = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const bodiesFor = (bodies: Body[], purpose: string) =>
  bodies.filter((body) => body.purpose === purpose)

/** W3C positions count code points; the article's offsets count UTF-16 units. */
function utf16Offset(articleText: string, codePoints: number): number {
  let offset = 0
  for (let seen = 0; seen < codePoints && offset < articleText.length; seen++) {
    offset += (articleText.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1
  }
  return offset
}

function notesOf(body: Body | undefined): NotesDoc {
  if (!body) return EMPTY_NOTES
  return body.format === 'text/markdown'
    ? markdownToNotes(text(body.value))
    : plainTextToNotes(text(body.value))
}

/** The verdict is the plain assessment; the finding, the one in Markdown (see web-annotation-report). */
const isFinding = (body: Body) => body.format === 'text/markdown'

function sourcesOf(bodies: Body[]): Source[] {
  return bodiesFor(bodies, 'linking')
    .map((body) => ({
      url: typeof body.source === 'object' ? text((body.source as Body).id) : text(body.source),
      body,
    }))
    .filter(({ url }) => !url.startsWith(CLAIM_URN_PREFIX))
    .map(({ url, body }) => ({
      id: `s${randomBytes(6).toString('base64url')}`,
      url,
      title: text(body.label).slice(0, 300),
      note: text(body['claimdesk:note']).slice(0, 2000),
    }))
}

/** Reads W3C Web Annotations back as claims, re-anchored by their selectors against the workspace's articles. */
export class AnnotationImportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly claims: ClaimService,
    private readonly tags: TagService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async import(content: string): Promise<AnnotationImportResult> {
    const result: AnnotationImportResult = {
      imported: 0,
      needsReview: 0,
      createdTags: [],
      skipped: [],
    }
    for (const [index, raw] of annotationsIn(this.parse(content)).entries()) {
      const label = text((raw as Body | null)?.id) || `annotation ${index + 1}`
      const reason = await this.importOne(raw, result).catch((error: Error) => error.message)
      if (reason) result.skipped.push({ annotation: label, reason })
    }
    return result
  }

  private parse(content: string): unknown {
    try {
      return JSON.parse(content)
    } catch (error) {
      throw new ServiceError('invalid-input', `This is not JSON-LD: ${(error as Error).message}`)
    }
  }

  /** Adds one annotation as a claim; answers why not when it cannot. */
  private async importOne(raw: unknown, result: AnnotationImportResult): Promise<string | null> {
    const parsed = ImportedAnnotation.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return `it is not a Web Annotation (${issue?.path.join('.') || 'annotation'}: ${issue?.message})`
    }
    const annotation = parsed.data
    const source = annotation.target[0]!.source
    const article = await this.articleFor(source)
    if (!article) return `its article (${source}) is not in this workspace`
    const id = this.claimIdOf(annotation.id)
    const existing = (await this.book.forArticle(article.id)).find(id)
    if (existing) return 'that claim is already in the workspace'
    const draft = await this.draft(annotation, article, id, result)
    if (!draft.success) return `it has no usable quote selector (${draft.error.issues[0]?.message})`
    const [placed] = reanchorClaims('', article.text, [draft.data])
    if (!placed || placed.anchor.state === 'orphaned') {
      return `its quote “${draft.data.quote.exact.slice(0, 60)}” is not in the article`
    }
    await this.claims.insert(placed)
    result.imported += 1
    if (placed.anchor.state === 'needs-review') result.needsReview += 1
    return null
  }

  private async draft(
    annotation: ImportedAnnotation,
    article: Article,
    id: string,
    result: AnnotationImportResult,
  ) {
    const selectors = annotation.target[0]!.selector
    const find = (type: string): Body => selectors.find((selector) => selector.type === type) ?? {}
    const quote = find('TextQuoteSelector')
    const position = find('TextPositionSelector')
    const start = utf16Offset(article.text, Number(position.start ?? 0))
    const end = utf16Offset(article.text, Number(position.end ?? 0))
    const bodies = annotation.body as Body[]
    const time = this.now().toISOString()
    const status = ClaimStatus.safeParse(annotation['claimdesk:status'])
    return Claim.safeParse({
      id,
      articleId: article.id,
      quote: { exact: quote.exact, prefix: text(quote.prefix), suffix: text(quote.suffix) },
      position: end > start ? { start, end } : { start: 0, end: 1 },
      anchor: { state: 'anchored', confidence: 1 },
      tagIds: await this.tagIdsFor(
        bodiesFor(bodies, 'tagging').map((body) => text(body.value)),
        result,
      ),
      verdictId: this.verdictIdFor(
        text(bodiesFor(bodies, 'assessing').find((body) => !isFinding(body))?.value),
      ),
      claimant: text(annotation['claimdesk:claimant']).slice(0, 300),
      status: status.success ? status.data : 'to-check',
      finding: notesOf(bodiesFor(bodies, 'assessing').find(isFinding)),
      notes: notesOf(bodiesFor(bodies, 'commenting')[0]),
      sources: sourcesOf(bodies).filter(
        (source) => Claim.shape.sources.element.safeParse(source).success,
      ),
      ...(annotation['claimdesk:group']
        ? { groupId: annotation['claimdesk:group'].slice(0, 64) }
        : {}),
      createdAt: annotation.created ?? time,
      updatedAt: annotation.modified ?? annotation.created ?? time,
    })
  }

  private async articleFor(source: string): Promise<Article | undefined> {
    const entry = this.store
      .listArticles()
      .find((candidate) => candidate.url === source || articleUrn(candidate) === source)
    return entry && this.store.getArticle(entry.id)
  }

  /** Claimdesk's own ids come back as they were, so a round trip keeps them; others get a new one. */
  private claimIdOf(annotationId: string | undefined): string {
    const own = annotationId?.startsWith(CLAIM_URN_PREFIX)
      ? annotationId.slice(CLAIM_URN_PREFIX.length)
      : ''
    return Id.safeParse(own).success ? own : `c${randomBytes(9).toString('base64url')}`
  }

  private async tagIdsFor(names: string[], result: AnnotationImportResult): Promise<string[]> {
    const ids: string[] = []
    for (const name of names.map((each) => each.trim()).filter(Boolean)) {
      const known = this.store.data.tags.find(
        (tag) => tag.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
      )
      if (known) ids.push(known.id)
      else {
        ids.push((await this.tags.create(name.slice(0, 60), NEW_TAG_COLOUR)).id)
        result.createdTags.push(name)
      }
    }
    return [...new Set(ids)]
  }

  private verdictIdFor(label: string): string {
    const scale = this.store.data.verdictScale
    const verdict = scale.verdicts.find(
      (each) => each.label.toLocaleLowerCase() === label.trim().toLocaleLowerCase(),
    )
    return verdict?.id ?? scale.unratedId
  }
}
