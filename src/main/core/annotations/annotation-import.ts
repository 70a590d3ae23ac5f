import type { Article } from '../../../shared/article-model'
import { NEW_TAG_COLOUR, type CheckedAgainst } from '../../../shared/claim-model'
import type { AnnotationImportRequest, AnnotationImportResult } from '../../../shared/report-model'
import { reanchorClaims } from '../anchoring/reanchor'
import type { ClaimBook } from '../claims/claim-book'
import type { ClaimService } from '../claims/claim-service'
import type { TagService } from '../claims/tag-service'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { claimFrom, type Placement } from './annotation-claim'
import { readAnnotationFile } from './annotation-file'
import { ArticleFinder, positionIn } from './article-finder'
import { isUnreadable, type ForeignAnnotation } from './foreign-annotation'

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`

/** An annotation's replies, by the id of the annotation that starts their thread. */
function threads(annotations: ForeignAnnotation[]): Map<string, ForeignAnnotation[]> {
  const byRoot = new Map<string, ForeignAnnotation[]>()
  for (const reply of annotations.filter((each) => each.replyTo !== undefined))
    byRoot.set(reply.replyTo!, [...(byRoot.get(reply.replyTo!) ?? []), reply])
  return byRoot
}

/** An annotation left out, and its replies with it. */
function skipThread(
  result: AnnotationImportResult,
  annotation: ForeignAnnotation,
  replies: ForeignAnnotation[],
  reason: string,
) {
  result.skipped.push({ annotation: annotation.label, reason })
  for (const reply of replies) {
    const why = `it replies to ${annotation.label}, which was not imported`
    result.skipped.push({ annotation: reply.label, reason: why })
  }
}

/**
 * Reads W3C Web Annotations and Hypothesis annotations as claims. Each finds its article by its
 * page's address, else by its quote across the articles; a quote found in several articles is
 * left for the user to choose, and replies become notes on the claim they answer.
 */
export class AnnotationImportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly claims: ClaimService,
    private readonly tags: TagService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async import(request: AnnotationImportRequest): Promise<AnnotationImportResult> {
    const result: AnnotationImportResult = {
      imported: 0,
      needsReview: 0,
      createdTags: [],
      skipped: [],
      matchedByQuote: [],
      replies: 0,
      ambiguous: [],
    }
    const items = readAnnotationFile(request.content)
    const annotations = items.filter((item): item is ForeignAnnotation => !isUnreadable(item))
    const replies = threads(annotations)
    const ids = new Set(annotations.map((each) => each.id))
    // A second pass after the user chose reads only the annotations chosen (their replies come along).
    const chosen = new Map(request.choices?.map((choice) => [choice.index, choice.articleId]))
    const finder = new ArticleFinder(this.store)
    for (const item of items) {
      if (request.choices && !chosen.has(item.index)) continue
      if (isUnreadable(item)) result.skipped.push({ annotation: item.label, reason: item.reason })
      else if (item.replyTo === undefined) {
        const thread = replies.get(item.id ?? '') ?? []
        const target = chosen.get(item.index) ?? request.articleId
        const reason = await this.importOne(item, thread, target, finder, result).catch(
          (error: Error) => error.message,
        )
        if (reason) skipThread(result, item, thread, reason)
      } else if (!ids.has(item.replyTo)) {
        const reason = `it replies to ${item.replyTo}, which is not in this file`
        result.skipped.push({ annotation: item.label, reason })
      }
    }
    return result
  }

  /** Adds one annotation (with its replies) as a claim; answers why not when it cannot. */
  private async importOne(
    annotation: ForeignAnnotation,
    replies: ForeignAnnotation[],
    articleId: string | undefined,
    finder: ArticleFinder,
    result: AnnotationImportResult,
  ): Promise<string | null> {
    const bySource = articleId ? undefined : finder.bySource(annotation.source)
    const article = bySource && (await this.store.getArticle(bySource.id))
    const position = article && positionIn(article, annotation.position)
    // Without a position, the quote is looked for in its own article as it would be anywhere.
    if (article && position)
      return this.add(annotation, replies, article, { how: 'source', position }, result)
    const searched = article ? [article.id] : articleId ? [articleId] : undefined
    const choice = await finder.byQuote(annotation, searched)
    if (choice.kind === 'missing') return this.whyMissing(annotation, searched?.[0])
    if (choice.kind === 'ambiguous') {
      result.ambiguous.push({
        index: annotation.index,
        annotation: annotation.label,
        quote: annotation.quote?.exact ?? '',
        replies: replies.length,
        candidates: choice.articleIds.map((id) => this.articleChoice(id)),
      })
      return null
    }
    const found = await this.store.getArticle(choice.articleId)
    const isSure = choice.isExact && choice.rivals === 0
    const placement = { how: 'quote' as const, place: choice.place, isSure }
    const reason = await this.add(annotation, replies, found, placement, result)
    if (!reason && !article)
      result.matchedByQuote.push({ annotation: annotation.label, ...this.articleChoice(found.id) })
    return reason
  }

  private whyMissing(annotation: ForeignAnnotation, articleId: string | undefined): string {
    const elsewhere = `its page (${annotation.source}) is not in this workspace, and`
    if (!annotation.quote)
      return articleId ? 'it has no quote to look for' : `${elsewhere} it has no quote to look for`
    const quote = quoted(annotation.quote.exact)
    return articleId
      ? `its quote ${quote} is not in article ${articleId}`
      : `${elsewhere} its quote ${quote} is in none of its articles`
  }

  /** The version of this article with the text the annotation was checked against, numbered as here. */
  private versionHere(articleId: string, checked: CheckedAgainst | undefined) {
    if (!checked) return undefined
    const at = this.store.articleVersions(articleId).findIndex((v) => v.sha256 === checked.sha256)
    return at < 0 ? undefined : { version: at + 1, sha256: checked.sha256 }
  }

  private articleChoice(articleId: string) {
    const entry = this.store.listArticles().find((each) => each.id === articleId)
    return {
      articleId,
      title: entry?.title ?? articleId,
      ...(entry?.site ? { site: entry.site } : {}),
    }
  }

  private async add(
    annotation: ForeignAnnotation,
    replies: ForeignAnnotation[],
    article: Article,
    placement: Placement,
    result: AnnotationImportResult,
  ): Promise<string | null> {
    const resolved = {
      tagIds: await this.tagIdsFor(annotation.tags, result),
      verdictId: this.verdictIdFor(annotation.verdict ?? ''),
      replies,
      checkedAgainst: this.versionHere(article.id, annotation.checkedAgainst),
    }
    const draft = claimFrom(annotation, article, placement, resolved, this.now().toISOString())
    if (!draft.success) return `it has no usable quote selector (${draft.error.issues[0]?.message})`
    if ((await this.book.forArticle(article.id)).find(draft.data.id))
      return 'that claim is already in the workspace'
    const [placed] =
      placement.how === 'source' ? reanchorClaims('', article.text, [draft.data]) : [draft.data]
    if (!placed || placed.anchor.state === 'orphaned')
      return `its quote ${quoted(draft.data.quote.exact)} is not in the article`
    await this.claims.insert(placed)
    result.imported += 1
    result.replies += replies.length
    if (placed.anchor.state === 'needs-review') result.needsReview += 1
    return null
  }

  private async tagIdsFor(names: string[], result: AnnotationImportResult): Promise<string[]> {
    const ids: string[] = []
    for (const name of names.map((each) => each.trim().slice(0, 60)).filter(Boolean)) {
      const known = this.store.data.tags.find(
        (tag) => tag.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
      )
      if (known) ids.push(known.id)
      else {
        ids.push((await this.tags.create(name, NEW_TAG_COLOUR)).id)
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
