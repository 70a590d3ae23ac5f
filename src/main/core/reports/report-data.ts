import { inTextOrder } from '../../../shared/text-order'
import type {
  Claim,
  Tag,
  Verdict,
  VerdictScale,
  WorkspaceSettings,
} from '../../../shared/claim-model'
import type { Article, ArticleVersion } from '../../../shared/article-model'
import type { ReportScope } from '../../../shared/report-model'
import { STATUS_LABELS } from '../../../shared/status-labels'
import type { ClaimBook } from '../claims/claim-book'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** An article with its claims in scope and every version its text had (the last is `article`). */
export type ReportArticle = { article: Article; claims: Claim[]; versions: ArticleVersion[] }

/** Everything a report is made of, gathered once so every format renders the same snapshot. */
export type ReportData = {
  workspaceName: string
  generatedAt: Date
  scope: ReportScope
  scopeLabel: string
  articles: ReportArticle[]
  tags: Tag[]
  verdictScale: VerdictScale
  settings: WorkspaceSettings
}

function matchesScope(claim: Claim, scope: ReportScope): boolean {
  if (scope.kind !== 'filter') return true
  if (scope.tagId && !claim.tagIds.includes(scope.tagId)) return false
  if (scope.verdictId && claim.verdictId !== scope.verdictId) return false
  return !scope.status || claim.status === scope.status
}

function describeScope(
  scope: ReportScope,
  store: WorkspaceStore,
  articles: ReportArticle[],
): string {
  if (scope.kind === 'all') return 'All articles'
  if (scope.kind === 'article')
    return `One article: ${articles[0]?.article.title ?? scope.articleId}`
  const { tags, verdictScale } = store.data
  const parts = [
    scope.tagId && `tag “${tags.find((tag) => tag.id === scope.tagId)?.name ?? scope.tagId}”`,
    scope.verdictId &&
      `verdict “${verdictScale.verdicts.find((verdict) => verdict.id === scope.verdictId)?.label ?? scope.verdictId}”`,
    scope.status && `status “${STATUS_LABELS[scope.status]}”`,
  ].filter(Boolean)
  return parts.length > 0 ? `Claims with ${parts.join(', ')}` : 'All claims'
}

/** Reads the articles and claims in scope; a filter keeps only the articles that still have claims. */
export async function gatherReportData(
  store: WorkspaceStore,
  book: ClaimBook,
  scope: ReportScope,
  generatedAt: Date,
): Promise<ReportData> {
  const entries =
    scope.kind === 'article'
      ? [await store.getArticle(scope.articleId)]
      : await Promise.all(store.data.articles.map((entry) => store.getArticle(entry.id)))
  const articles: ReportArticle[] = []
  for (const article of entries) {
    const claims = [...(await book.forArticle(article.id)).all].filter((claim) =>
      matchesScope(claim, scope),
    )
    if (scope.kind !== 'filter' || claims.length > 0)
      articles.push({
        article,
        claims: claims.sort(inTextOrder),
        versions: store.articleVersions(article.id),
      })
  }
  return {
    workspaceName: store.data.name,
    generatedAt,
    scope,
    scopeLabel: describeScope(scope, store, articles),
    articles,
    tags: store.data.tags,
    verdictScale: store.data.verdictScale,
    settings: store.data.settings,
  }
}

/** Only the claims an editor approved; a filter's scope keeps only the articles that still have some. */
export function onlyApproved(data: ReportData): ReportData {
  const articles = data.articles.map((entry) => ({
    ...entry,
    claims: entry.claims.filter((claim) => claim.status === 'approved'),
  }))
  return {
    ...data,
    scopeLabel: `${data.scopeLabel}, approved claims only`,
    articles:
      data.scope.kind === 'filter' ? articles.filter((entry) => entry.claims.length > 0) : articles,
  }
}

export const claimCount = (data: ReportData) =>
  data.articles.reduce((sum, entry) => sum + entry.claims.length, 0)

/** Lookups every format needs; an id missing from the vocabulary is shown as the id itself. */
export function vocabularyOf(data: ReportData) {
  const tags = new Map(data.tags.map((tag) => [tag.id, tag]))
  const verdicts = new Map(data.verdictScale.verdicts.map((verdict) => [verdict.id, verdict]))
  return {
    tagNames: (claim: Claim) => claim.tagIds.map((id) => tags.get(id)?.name ?? id),
    verdictOf: (claim: Claim): Verdict =>
      verdicts.get(claim.verdictId) ?? {
        id: claim.verdictId,
        label: claim.verdictId,
        value: null,
        colour: '#000000',
      },
  }
}

/** A stable identifier for an article without a web address: its content hash never changes. */
export const articleUrn = (article: Pick<Article, 'sha256'>) =>
  `urn:claimdesk:article:sha256:${article.sha256}`

/** Claims keep their id in a URN, so annotations and ClaimReviews can point at each other across exports. */
export const CLAIM_URN_PREFIX = 'urn:claimdesk:claim:'
export const claimUrn = (claimId: string) => `${CLAIM_URN_PREFIX}${claimId}`

/** Claims that report the same thing, by group id, in report order. */
export function claimGroups(data: ReportData): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>()
  for (const claim of data.articles.flatMap((entry) => entry.claims)) {
    if (claim.groupId) groups.set(claim.groupId, [...(groups.get(claim.groupId) ?? []), claim])
  }
  return groups
}
