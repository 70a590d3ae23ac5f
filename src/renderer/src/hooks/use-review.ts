import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { canReview } from '../../../shared/desk-model'
import type { UnreadReviewNote } from '../../../shared/review-model'
import { call } from '../api/client'
import { callKey } from '../data/stale-reads'
import { useCallQuery } from '../data/use-call-query'

/** Whether this person approves and writes review notes: an editor or the owner on a desk, anyone off one. */
export function useCanReview(): boolean {
  const status = useCallQuery('desk.status', {})
  if (status.status !== 'ready') return false
  return !status.value.isShared || canReview(status.value.role)
}

/** Reviewers' notes on this member's claims that came through the desk and are not read yet. */
export function useUnreadReviewNotes(): UnreadReviewNote[] {
  const unread = useCallQuery('reviews.unread', {})
  return unread.status === 'ready' ? unread.value : []
}

/** Opening a claim's card reads its review notes: they leave the unread list. */
export function useReadReviewNotes(claimId: string): void {
  const client = useQueryClient()
  const hasUnread = useUnreadReviewNotes().some((note) => note.claimId === claimId)
  useEffect(() => {
    if (!hasUnread) return
    void call('reviews.markRead', { claimId }).then((unread) =>
      client.setQueryData(callKey('reviews.unread', {}), unread),
    )
  }, [hasUnread, claimId, client])
}
