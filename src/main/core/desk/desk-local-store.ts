import type { Article, ArticleSummary } from '../../../shared/article-model'
import type { Claim, Tag, VerdictScale } from '../../../shared/claim-model'
import type { UnreadReviewNote } from '../../../shared/review-model'
import type { ReviewInbox } from '../review/review-inbox'
import type { ClaimBook } from '../claims/claim-book'
import type { ChangeJournal } from '../history/change-journal'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { sameValue } from './same-value'

/** What a sync brings from the desk into the workspace. */
export type DeskArrivals = {
  /** Articles the desk has and the workspace lacks, with their ids there. */
  articles: Article[]
  /** Desk tags to add to the workspace, or to put in place of its tag with the same id. */
  tags: Tag[]
  /** Tags the desk no longer has: out of the workspace, and out of its claims. */
  removedTagIds: string[]
  /** The desk's tags replace the workspace's (a workspace that just joined the desk). */
  replacesTags: boolean
  /** The desk's verdict scale, when it is to replace the workspace's. */
  verdictScale: VerdictScale | null
  /**
   * Per article id: claims as the desk has them (new or changed), ids of claims it deleted, and the
   * article's claims here as they were when the sync compared them with the desk's.
   */
  claims: Map<string, { put: Claim[]; remove: string[]; seenHere: ReadonlyMap<string, Claim> }>
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
  /**
   * Writes what the desk brings as one change of the desk's, which every window hears, but for a
   * claim changed here since the sync compared it. Resolves with the claims written, as stored
   * (null: removed).
   */
  apply(arrivals: DeskArrivals): Promise<Map<string, Claim | null>>
}

/** The workspace's claims by article id, as read at one moment. */
export type ClaimsHere = ReadonlyMap<string, readonly Claim[]>

export async function readClaimsHere(local: DeskLocalStore): Promise<ClaimsHere> {
  const here = new Map<string, readonly Claim[]>()
  for (const entry of local.articles()) here.set(entry.id, await local.claims(entry.id))
  return here
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

/** Takes tags the desk deleted out of every claim here that carries them. */
async function untagClaims(store: WorkspaceStore, book: ClaimBook, removed: ReadonlySet<string>) {
  const carries = (claim: Claim) => claim.tagIds.some((id) => removed.has(id))
  for (const entry of store.data.articles) {
    const claims = await book.forArticle(entry.id)
    if (!claims.all.some(carries)) continue
    await claims.change((all) =>
      all.map((claim) =>
        carries(claim)
          ? { ...claim, tagIds: claim.tagIds.filter((id) => !removed.has(id)) }
          : claim,
      ),
    )
  }
}

async function applyArrivals(store: WorkspaceStore, book: ClaimBook, arrivals: DeskArrivals) {
  for (const article of arrivals.articles) await store.adoptArticle(article)
  const { verdictScale, replacesTags } = arrivals
  const removed = new Set(arrivals.removedTagIds)
  if (arrivals.tags.length > 0 || removed.size > 0 || verdictScale || replacesTags)
    await store.updateIndex((data) => {
      const incoming = new Map(arrivals.tags.map((tag) => [tag.id, tag]))
      const kept = replacesTags ? [] : data.tags.map((tag) => incoming.get(tag.id) ?? tag)
      const known = new Set(kept.map((tag) => tag.id))
      data.tags = [...kept, ...arrivals.tags.filter((tag) => !known.has(tag.id))].filter(
        (tag) => !removed.has(tag.id),
      )
      if (verdictScale) data.verdictScale = verdictScale
    })
  if (removed.size > 0) await untagClaims(store, book, removed)
  const written = new Map<string, Claim | null>()
  for (const [articleId, { put, remove, seenHere }] of arrivals.claims) {
    if (put.length === 0 && remove.length === 0) continue
    const claims = await book.forArticle(articleId)
    const incoming = new Map(put.map((claim) => [claim.id, inVocabulary(claim, store)]))
    const removed = new Set(remove)
    // A claim changed here since the sync looked is left as it is, for the next sync to send.
    const isAsSeen = (id: string, current: Claim | undefined) =>
      sameValue(current, seenHere.get(id))
    await claims.change((all) => {
      const byId = new Map(all.map((claim) => [claim.id, claim]))
      for (const id of removed)
        if (byId.has(id) && isAsSeen(id, byId.get(id))) {
          byId.delete(id)
          written.set(id, null)
        }
      for (const [id, claim] of incoming)
        if (isAsSeen(id, byId.get(id))) {
          byId.set(id, claim)
          written.set(id, claim)
        }
      return [...byId.values()]
    })
  }
  return written
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

/** The origin of the changes a sync brings from the desk: no window's, no command line's. */
export const DESK_ORIGIN = 'team desk'

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
      const { value: written } = await journal.write(DESK_ORIGIN, () =>
        applyArrivals(store, book, arrivals),
      )
      // What was left for the next sync (changed here meanwhile) is told of when it is taken.
      const refused = arrivals.refusedApprovals.filter((each) => written.get(each.claim.id))
      if (refused.length > 0) store.addNotice(refusalNotice(refused))
      await reviews.add(arrivals.reviewNotes.filter((note) => written.get(note.claimId)))
      return written
    },
  }
}
