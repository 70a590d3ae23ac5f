import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import type { Claim, ClaimPatch } from '../../../shared/claim-model'
import { inTextOrder } from '../../../shared/text-order'
import { call } from '../api/client'
import { afterNextPaint } from '../data/after-next-paint'
import { callKey } from '../data/stale-reads'
import { useVocabulary } from '../hooks/use-articles'
import { useWorkspace } from './workspace-context'

export type ClaimRange = { start: number; end: number }

/** A claim shown before the main side has confirmed it is on disk. */
export const PENDING_PREFIX = 'pending-'

const NO_CLAIMS: Claim[] = []

/** The claims with this one in place of any with its id, kept in text order without sorting them all again. */
function withClaim(claims: readonly Claim[], claim: Claim): Claim[] {
  const others = claims.filter((other) => other.id !== claim.id)
  const at = others.findIndex((other) => inTextOrder(claim, other) < 0)
  return at < 0 ? [...others, claim] : [...others.slice(0, at), claim, ...others.slice(at)]
}

const withoutClaim = (claims: readonly Claim[], id: string) =>
  claims.filter((claim) => claim.id !== id)

function pendingClaim(
  articleId: string,
  range: ClaimRange,
  text: string,
  unratedId: string,
): Claim {
  const time = new Date().toISOString()
  return {
    id: `${PENDING_PREFIX}${range.start}-${range.end}-${Date.now()}`,
    articleId,
    quote: { exact: text.slice(range.start, range.end), prefix: '', suffix: '' },
    position: range,
    anchor: { state: 'anchored', confidence: 1 },
    tagIds: [],
    verdictId: unratedId,
    claimant: '',
    status: 'to-check',
    finding: { type: 'doc', content: [] },
    notes: { type: 'doc', content: [] },
    sources: [],
    createdAt: time,
    updatedAt: time,
  }
}

/**
 * The open article's claims, read through the cache, and every change to them: shown at once,
 * then replaced by what the main side stored (its undo lives there too).
 */
export function useArticleClaims(articleId: string, articleText: string) {
  const client = useQueryClient()
  const { perform } = useWorkspace()
  const vocabulary = useVocabulary()
  const key = useMemo(() => callKey('claims.list', { articleId }), [articleId])
  const loaded = useQuery({ queryKey: key, queryFn: () => call('claims.list', { articleId }) })
  const claims = loaded.data ?? NO_CLAIMS

  // A read of the list under way when an edit is shown began before it: its answer would take the
  // edit off the screen until the save came back. It is called off, and made again once saved.
  const readCalledOff = useRef(false)
  const edit = useCallback(
    (change: (claims: readonly Claim[]) => Claim[]) => {
      if (client.isFetching({ queryKey: key, exact: true }) > 0) {
        void client.cancelQueries({ queryKey: key, exact: true })
        readCalledOff.current = true
      }
      client.setQueryData<Claim[]>(key, (all) => change(all ?? NO_CLAIMS))
    },
    [client, key],
  )
  const readAgainIfCalledOff = useCallback(() => {
    if (!readCalledOff.current) return
    readCalledOff.current = false
    void client.invalidateQueries({ queryKey: key, exact: true })
  }, [client, key])

  /**
   * Marks a range as a claim: shown at once as pending, then replaced by the stored claim. With
   * `paintNow` the pending claim is painted in this very task and the rest of the desk (the list,
   * the counts) renders after the frame, so the highlight appears as fast as the editor can paint.
   */
  const mark = useCallback(
    async (range: ClaimRange, paintNow?: (pending: Claim) => void): Promise<Claim | null> => {
      const unratedId = vocabulary?.verdictScale.unratedId ?? 'unrated'
      const pending = pendingClaim(articleId, range, articleText, unratedId)
      let shown: Promise<unknown> = Promise.resolve()
      if (paintNow) {
        paintNow(pending)
        // The cache re-renders its readers at once (no transition can defer them), so the list and
        // the counts learn of the pending claim only after the frame that paints its highlight.
        shown = afterNextPaint(() => edit((all) => withClaim(all, pending)))
        // Sending the call is a task of its own, for the same reason.
        await new Promise((resolve) => setTimeout(resolve))
      } else edit((all) => withClaim(all, pending))
      const created = await perform('claims.create', { articleId, ...range }, { keep: [key] })
      await shown
      edit((all) =>
        created ? withClaim(withoutClaim(all, pending.id), created) : withoutClaim(all, pending.id),
      )
      readAgainIfCalledOff()
      return created
    },
    [articleId, articleText, vocabulary, perform, edit, key, readAgainIfCalledOff],
  )

  // The latest edit sent for each claim: answers can come back out of order, and only the answer
  // to the latest carries every edit before it (the main side applies them in the order made).
  const latest = useRef(new Map<string, ClaimPatch>())
  const update = useCallback(
    async (before: Claim, patch: ClaimPatch) => {
      latest.current.set(before.id, patch)
      edit((all) => all.map((claim) => (claim.id === before.id ? { ...claim, ...patch } : claim)))
      const input = { articleId, claimId: before.id, patch }
      const saved = await perform('claims.update', input, { keep: [key] })
      if (latest.current.get(before.id) !== patch) return
      latest.current.delete(before.id)
      if (saved) edit((all) => withClaim(all, saved))
      readAgainIfCalledOff()
    },
    [articleId, perform, edit, key, readAgainIfCalledOff],
  )

  const remove = useCallback(
    async (claim: Claim) => {
      latest.current.delete(claim.id)
      const deleted = await perform(
        'claims.delete',
        { articleId, claimId: claim.id },
        { keep: [key] },
      )
      if (deleted) edit((all) => withoutClaim(all, claim.id))
      readAgainIfCalledOff()
    },
    [articleId, perform, edit, key, readAgainIfCalledOff],
  )

  return { claims, loadError: loaded.error?.message ?? null, mark, update, remove }
}
