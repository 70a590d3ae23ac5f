import type { Claim } from '../../../shared/claim-model'
import { canReview, type DeskMember } from '../../../shared/desk-model'
import type { UnreadReviewNote } from '../../../shared/review-model'
import { withoutApproval } from './approval-rules'

/** Who this workspace is on its desk, and who there may approve, as the desk server lists its members. */
export type DeskReviewers = {
  me: string
  /** Each editor's and the owner's name, with when they were revoked (an approval after that is not one). */
  reviewers: ReadonlyMap<string, string | null>
}

export function deskReviewers(me: string, members: readonly DeskMember[]): DeskReviewers {
  const reviewers = new Map<string, string | null>()
  for (const member of members)
    if (canReview(member.role)) reviewers.set(member.name, member.revokedAt ?? null)
  return { me, reviewers }
}

function isTrusted(approval: Claim['approval'], { reviewers }: DeskReviewers): boolean {
  if (!approval || !reviewers.has(approval.by)) return false
  const revokedAt = reviewers.get(approval.by)
  return !revokedAt || approval.at < revokedAt
}

/**
 * A desk claim as this workspace takes it: approved only when the approval names an editor or
 * the owner on the desk's member list; any other "approved" stays ready for review (`isRefused`).
 */
export function withTrustedApproval(
  claim: Claim,
  desk: DeskReviewers,
): { claim: Claim; isRefused: boolean } {
  if (claim.status !== 'approved' && !claim.approval) return { claim, isRefused: false }
  if (claim.status === 'approved' && isTrusted(claim.approval, desk))
    return { claim, isRefused: false }
  const rest = withoutApproval(claim)
  if (claim.status !== 'approved') return { claim: rest, isRefused: false }
  return { claim: { ...rest, status: 'ready-for-review' }, isRefused: true }
}

/** Notes others wrote on this member's claim that the workspace has not seen yet. */
export function arrivingReviewNotes(
  claim: Claim,
  current: Claim | undefined,
  { me }: DeskReviewers,
): UnreadReviewNote[] {
  if (claim.author !== me) return []
  const seen = new Set((current?.reviewNotes ?? []).map((note) => note.id))
  return (claim.reviewNotes ?? [])
    .filter((note) => note.by !== me && !seen.has(note.id))
    .map((note) => ({
      articleId: claim.articleId,
      claimId: claim.id,
      noteId: note.id,
      by: note.by,
      at: note.at,
      text: note.text,
      quote: claim.quote.exact.slice(0, 300),
    }))
}
