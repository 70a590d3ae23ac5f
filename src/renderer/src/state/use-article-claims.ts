import { startTransition, useCallback, useEffect, useState } from 'react'
import type { Claim, ClaimPatch } from '../../../shared/claim-model'
import { call } from '../api/client'
import { useWorkspace } from './workspace-context'

export type ClaimRange = { start: number; end: number }

/** A claim shown before the main side has confirmed it is on disk. */
export const PENDING_PREFIX = 'pending-'

const inTextOrder = (a: Claim, b: Claim) =>
  a.position.start - b.position.start || a.position.end - b.position.end

/** The claims with one more, kept in text order without sorting them all again. */
function insertInTextOrder(claims: Claim[], claim: Claim): Claim[] {
  const at = claims.findIndex((other) => inTextOrder(claim, other) < 0)
  return at < 0 ? [...claims, claim] : [...claims.slice(0, at), claim, ...claims.slice(at)]
}

const replaceClaim = (claims: Claim[], id: string, next: Claim | null) =>
  next
    ? claims.map((claim) => (claim.id === id ? next : claim))
    : claims.filter((claim) => claim.id !== id)

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

/** The open article's claims, and every change to them as an undoable command. */
export function useArticleClaims(articleId: string, articleText: string) {
  const { revision, perform, vocabulary } = useWorkspace()
  const [claims, setClaims] = useState<Claim[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    let isCurrent = true
    call('claims.list', { articleId }).then(
      (loaded) => isCurrent && (setClaims(loaded), setLoadError(null)),
      (error: Error) => isCurrent && setLoadError(error.message),
    )
    return () => {
      isCurrent = false
    }
  }, [articleId, revision])

  const put = useCallback(
    (id: string, next: Claim | null) => setClaims((all) => replaceClaim(all, id, next)),
    [],
  )
  const add = useCallback((claim: Claim) => setClaims((all) => insertInTextOrder(all, claim)), [])

  /**
   * Marks a range as a claim: shown at once as pending, then replaced by the stored claim. With
   * `paintNow` the pending claim is painted in this very task and the rest of the desk (the list, the
   * counts) renders after the frame, so the highlight appears as fast as the editor can paint it.
   */
  const mark = useCallback(
    async (range: ClaimRange, paintNow?: (pending: Claim) => void): Promise<Claim | null> => {
      const pending = pendingClaim(
        articleId,
        range,
        articleText,
        vocabulary?.verdictScale.unratedId ?? 'unrated',
      )
      if (paintNow) {
        paintNow(pending)
        startTransition(() => add(pending))
      } else add(pending)
      let created: Claim | null = null
      const isDone = await perform({
        label: 'Mark claim',
        run: async () => {
          // Sending the call is a task of its own, so it never stands between the key press and
          // the frame that paints the pending highlight.
          if (paintNow) await new Promise((resolve) => setTimeout(resolve))
          const claim = await call('claims.create', { articleId, ...range })
          created = claim
          put(pending.id, claim)
          return {
            undo: async () =>
              put((await call('claims.delete', { articleId, claimId: claim.id })).id, null),
            redo: async () => add(await call('claims.restore', { claim })),
          }
        },
      })
      if (!isDone) put(pending.id, null)
      return created
    },
    [articleId, articleText, vocabulary, perform, put, add],
  )

  const update = useCallback(
    async (before: Claim, patch: ClaimPatch, label: string) => {
      const revert = Object.fromEntries(
        Object.keys(patch).map((key) => [key, before[key as keyof ClaimPatch]]),
      )
      // Shown at once, then replaced by what the main side stored; a failure reloads the truth.
      const apply = async (change: ClaimPatch) => {
        setClaims((all) =>
          all.map((claim) => (claim.id === before.id ? { ...claim, ...change } : claim)),
        )
        put(
          before.id,
          await call('claims.update', { articleId, claimId: before.id, patch: change }),
        )
      }
      await perform({
        label,
        run: async () => {
          await apply(patch)
          return { undo: () => apply(revert as ClaimPatch), redo: () => apply(patch) }
        },
      })
    },
    [articleId, perform, put],
  )

  const remove = useCallback(
    async (claim: Claim) => {
      await perform({
        label: 'Delete claim',
        run: async () => {
          const deleted = await call('claims.delete', { articleId, claimId: claim.id })
          put(claim.id, null)
          return {
            undo: async () => add(await call('claims.restore', { claim: deleted })),
            redo: async () =>
              put((await call('claims.delete', { articleId, claimId: claim.id })).id, null),
          }
        },
      })
    },
    [articleId, perform, put, add],
  )

  return { claims, loadError, mark, update, remove }
}
