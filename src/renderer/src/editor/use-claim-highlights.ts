import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { Vocabulary } from '../../../shared/contract'
import { colourOf, describeClaim } from '../state/claim-appearance'
import { PENDING_PREFIX } from '../state/use-article-claims'
import type { ArticlePositions } from './article-positions'
import { dispatchHighlights, type Highlight } from './claim-highlights'
import { HighlightQueue } from './highlight-queue'

const sameHighlight = (a: Highlight, b: Highlight) =>
  a.from === b.from &&
  a.to === b.to &&
  a.colour === b.colour &&
  a.label === b.label &&
  a.isPending === b.isPending

type HighlightCache = {
  vocabulary: Vocabulary
  positions: ArticlePositions
  byClaim: WeakMap<Claim, Highlight>
}

function highlightOf(claim: Claim, cache: HighlightCache): Highlight {
  let highlight = cache.byClaim.get(claim)
  if (!highlight) {
    highlight = {
      claimId: claim.id,
      from: cache.positions.toPosition(claim.position.start),
      to: cache.positions.toPosition(claim.position.end),
      colour: colourOf(claim, cache.vocabulary),
      label: describeClaim(claim, cache.vocabulary),
      isPending: claim.id.startsWith(PENDING_PREFIX),
    }
    cache.byClaim.set(claim, highlight)
  }
  return highlight
}

/**
 * Paints one claim at once, in the task of the input that made it (with `tr`'s steps, such as a caret
 * move, in the same view update); the render that later brings the claim finds it painted.
 */
export type PaintNow = (claim: Claim, tr?: Transaction) => void

/**
 * Keeps the editor's highlights in step with the claims, sending only what changed: one new claim
 * is one decoration added, not a repaint of thousands. A claim object that has not changed keeps
 * its highlight, so a change among 5,000 claims costs one highlight computed, not 5,000.
 */
export function useClaimHighlights(
  editor: Editor | null,
  claims: readonly Claim[],
  vocabulary: Vocabulary | null,
  positions: ArticlePositions,
  activeClaimId: string | null,
): PaintNow {
  const painted = useRef(new Map<string, Highlight>())
  const cache = useRef<HighlightCache | null>(null)
  // Slices still waiting when the article closes find the editor destroyed and are dropped.
  const queue = useMemo(
    () =>
      editor &&
      new HighlightQueue((change) => {
        if (!editor.isDestroyed) dispatchHighlights(editor.view, { type: 'change', ...change })
      }),
    [editor],
  )

  useEffect(() => {
    if (!queue || !vocabulary) return
    if (cache.current?.vocabulary !== vocabulary || cache.current.positions !== positions) {
      cache.current = { vocabulary, positions, byClaim: new WeakMap() }
    }
    const next = new Map<string, Highlight>()
    const changed: Highlight[] = []
    for (const claim of claims) {
      if (claim.anchor.state === 'orphaned') continue
      const highlight = highlightOf(claim, cache.current)
      next.set(claim.id, highlight)
      const before = painted.current.get(claim.id)
      if (before !== highlight && (!before || !sameHighlight(before, highlight)))
        changed.push(highlight)
    }
    const removedIds = [...painted.current.keys()].filter((id) => !next.has(id))
    if (removedIds.length || changed.length) queue.push({ removedIds, highlights: changed })
    painted.current = next
  }, [queue, claims, vocabulary, positions])

  useEffect(() => {
    if (editor) dispatchHighlights(editor.view, { type: 'activate', claimId: activeClaimId })
  }, [editor, activeClaimId])

  return useCallback<PaintNow>(
    (claim, tr) => {
      if (!editor || editor.isDestroyed) return
      if (!cache.current) return void (tr && editor.view.dispatch(tr))
      const highlight = highlightOf(claim, cache.current)
      painted.current.set(claim.id, highlight)
      dispatchHighlights(
        editor.view,
        { type: 'change', removedIds: [], highlights: [highlight] },
        tr,
      )
    },
    [editor],
  )
}
