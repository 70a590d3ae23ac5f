import { Article } from '../../../shared/article-model'
import type { Claim } from '../../../shared/claim-model'
import type { DeskCopies } from './desk-copies'
import {
  articleTextOf,
  claimFromYMap,
  claimsOf,
  conflictsOf,
  deskIndexOf,
  isDeleted,
} from './desk-documents'
import type { DeskArrivals, DeskLocalStore } from './desk-local-store'
import { ARTICLE_RECORD, articleDocumentName } from './desk-push'
import {
  arrivingReviewNotes,
  withTrustedApproval,
  type DeskReviewers,
} from '../review/desk-review-arrivals'
import { sameValue } from './same-value'
import { agreedVocabulary, vocabularyArrivals, type AgreedVocabulary } from './desk-vocabulary'

/** A desk claim as a store claim, with what members did at once that someone must settle. */
function deskClaimOf(claim: Parameters<typeof claimFromYMap>[0]): Claim | null {
  try {
    const conflicts = conflictsOf(claim)
    return {
      ...claimFromYMap(claim),
      ...(conflicts.length > 0 ? { deskConflicts: conflicts } : {}),
    }
  } catch {
    // A claim this version of Claimdesk cannot read stays on the desk, untouched, for the others.
    return null
  }
}

function articleOf(copies: DeskCopies, articleId: string): Article | null {
  const document = copies.document(articleDocumentName(articleId))
  const record = document.getMap<unknown>('article').get(ARTICLE_RECORD)
  const parsed = Article.safeParse({ ...(record as object), text: articleTextOf(document) })
  return record && parsed.success ? parsed.data : null
}

/**
 * What the desk copies hold that the workspace does not: articles, tags, the verdict scale, and
 * each claim that is new, changed or deleted on the desk. `followsOnly` (a viewer) also takes out
 * claims the desk does not have, since nothing a viewer does reaches the desk. A member's claim
 * that changed here since `copies.base` (while the sync ran) is `held`: left as it is, for the
 * next sync to send. With `reviewers` (from the desk's members), an approval by no editor or owner
 * is refused, and reviewers' notes on this member's claims are listed to be read.
 */
export async function deskArrivals(
  local: DeskLocalStore,
  copies: DeskCopies,
  {
    followsOnly,
    replacesTags = false,
    articleIds,
    agreed = agreedVocabulary(copies, copies.baseVocabulary),
    reviewers = null,
  }: {
    followsOnly: boolean
    replacesTags?: boolean
    /** The articles whose documents were synced: those the desk may have changed. @default all */
    articleIds?: readonly string[]
    /** The vocabulary agreed on before the sync. @default the base the copies keep */
    agreed?: AgreedVocabulary
    /** Who this member is and who approves on the desk; null takes approvals unchecked. @default null */
    reviewers?: DeskReviewers | null
  },
): Promise<DeskArrivals & { held: Set<string> }> {
  const held = new Set<string>()
  const index = deskIndexOf(copies.document('index'))
  const here = new Set(local.articles().map((entry) => entry.id))
  const arrivals: DeskArrivals = {
    articles: [],
    ...vocabularyArrivals(local, copies, agreed, followsOnly || replacesTags),
    replacesTags,
    claims: new Map(),
    refusedApprovals: [],
    reviewNotes: [],
  }
  for (const articleId of articleIds ?? index.articles.keys()) {
    if (!here.has(articleId)) {
      const article = articleOf(copies, articleId)
      if (!article) continue
      arrivals.articles.push(article)
    }
    const hereClaims = here.has(articleId) ? await local.claims(articleId) : []
    const byId = new Map(hereClaims.map((claim) => [claim.id, claim]))
    if (!followsOnly)
      for (const [id, before] of copies.base)
        if (before.articleId === articleId && !sameValue(before, byId.get(id))) held.add(id)
    const put: Claim[] = []
    const remove: string[] = []
    const inDesk = claimsOf(copies.document(articleDocumentName(articleId)))
    for (const [id, yClaim] of inDesk) {
      if (held.has(id)) continue
      const current = byId.get(id)
      if (isDeleted(yClaim)) {
        if (current) remove.push(id)
        continue
      }
      const read = deskClaimOf(yClaim)
      if (!read) continue
      const { claim, isRefused } = reviewers
        ? withTrustedApproval(read, reviewers)
        : { claim: read, isRefused: false }
      if (sameValue(claim, current)) continue
      put.push(claim)
      if (isRefused) arrivals.refusedApprovals.push({ claim, by: read.approval?.by ?? null })
      if (reviewers) arrivals.reviewNotes.push(...arrivingReviewNotes(claim, current, reviewers))
    }
    if (followsOnly) for (const id of byId.keys()) if (!inDesk.has(id)) remove.push(id)
    arrivals.claims.set(articleId, { put, remove, seenHere: byId })
  }
  return { ...arrivals, held }
}
