import type { Article, ArticleSummary } from '../../../shared/article-model'
import type { Claim, Tag, VerdictScale } from '../../../shared/claim-model'
import type { UnreadReviewNote } from '../../../shared/review-model'
import type { ReviewInbox } from '../review/review-inbox'
import type { ClaimBook } from '../claims/claim-book'
import type { ChangeJournal } from '../history/change-journal'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** What a sync brings from the desk into the workspace. */
export type DeskArrivals = {
  /** Articles the desk has and the workspace lacks, with their ids there. */
  articles: Article[]
  /** The desk's tags: those the workspace lacks are added. */
  tags: Tag[]
  /** The desk's tags replace the workspace's (a workspace that just joined the desk). */
  replacesTags: boolean
  /** The desk's verdict scale, when it differs from the workspace's. */
  verdictScale: VerdictScale | null
  /** Per article id: claims as the desk has them (new or changed), and ids of claims it deleted. */
  claims: Map<string, { put: Claim[]; remove: string[] }>
  /** Claims the desk says are approved by someone who is no editor or owner there: kept ready for review. */
  refusedApprovals: { claim: Claim; by: string | null }[]
  /** Reviewers' notes on this member's claims, new here. */
  reviewNotes: UnreadReviewNote[]
}

/** The workspace as a team desk's sync sees it: reads, and one way to write what the desk brings. */
export type DeskLocalStore = {
  folder: string
  isReadOnly(): boolean
  articles(): readonly ArticleSummary[]
  article(articleId: string): Promise<Article>
  claims(articleId: string): Promise<readonly Claim[]>
  tags(): readonly Tag[]
  verdictScale(): VerdictScale
  /** Writes what the desk brings as one change of the app's own, which every window hears. */
  apply(arrivals: DeskArrivals): Promise<void>
}

/** A desk claim in this workspace's vocabulary: tags it lacks are dropped, an unknown verdict is unrated. */
function inVocabulary(claim: Claim, store: WorkspaceStore): Claim {
  const tags = new Set(store.data.tags.map((tag) => tag.id))
  const scale = store.data.verdictScale
  const isKnownVerdict = scale.verdicts.some((verdict) => verdict.id === claim.verdictId)
  return {
    ...claim,
    tagIds: claim.tagIds.filter((id) => tags.has(id)),
    verdictId: isKnownVerdict ? claim.verdictId : scale.unratedId,
  }
}

async function applyArrivals(store: WorkspaceStore, book: ClaimBook, arrivals: DeskArrivals) {
  for (const article of arrivals.articles) await store.adoptArticle(article)
  const known = new Set(store.data.tags.map((tag) => tag.id))
  const newTags = arrivals.tags.filter((tag) => !known.has(tag.id))
  const { verdictScale, replacesTags } = arrivals
  if (newTags.length > 0 || verdictScale || replacesTags)
    await store.updateIndex((data) => {
      data.tags = replacesTags ? arrivals.tags : [...data.tags, ...newTags]
      if (verdictScale) data.verdictScale = verdictScale
    })
  for (const [articleId, { put, remove }] of arrivals.claims) {
    if (put.length === 0 && remove.length === 0) continue
    const claims = await book.forArticle(articleId)
    const incoming = new Map(put.map((claim) => [claim.id, inVocabulary(claim, store)]))
    const removed = new Set(remove)
    await claims.change((all) => {
      const kept = all
        .filter((claim) => !removed.has(claim.id))
        .map((claim) => incoming.get(claim.id) ?? claim)
      const present = new Set(kept.map((claim) => claim.id))
      return [...kept, ...[...incoming.values()].filter((claim) => !present.has(claim.id))]
    })
  }
}

const quoted = (claim: Claim) =>
  `“${claim.quote.exact.length > 60 ? `${claim.quote.exact.slice(0, 59)}…` : claim.quote.exact}”`

/** Says which approvals the desk brought were not taken, and why. */
function refusalNotice(refused: DeskArrivals['refusedApprovals']): string {
  const by = [...new Set(refused.map((each) => each.by ?? 'no one'))].join(', ')
  const claims = refused
    .slice(0, 3)
    .map((each) => quoted(each.claim))
    .join(', ')
  const more = refused.length > 3 ? ` and ${refused.length - 3} more` : ''
  return `The team desk says ${claims}${more} ${refused.length === 1 ? 'was' : 'were'} approved by ${by}, who is no editor or owner of the desk: kept as ready for review.`
}

export function deskLocalStore(
  store: WorkspaceStore,
  book: ClaimBook,
  journal: ChangeJournal,
  reviews: ReviewInbox,
): DeskLocalStore {
  return {
    folder: store.folder,
    isReadOnly: () => store.info().isReadOnly,
    articles: () => store.listArticles(),
    article: (articleId) => store.getArticle(articleId),
    claims: async (articleId) => (await book.forArticle(articleId)).all,
    tags: () => store.data.tags,
    verdictScale: () => store.data.verdictScale,
    apply: async (arrivals) => {
      await journal.write(null, () => applyArrivals(store, book, arrivals))
      if (arrivals.refusedApprovals.length > 0)
        store.addNotice(refusalNotice(arrivals.refusedApprovals))
      await reviews.add(arrivals.reviewNotes)
    },
  }
}
