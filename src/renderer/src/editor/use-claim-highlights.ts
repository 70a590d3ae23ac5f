import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { Vocabulary } from '../../../shared/contract'
import { colourOf, describeClaim } from '../state/claim-appearance'
import { PENDING_PREFIX } from '../state/use-article-claims'
import type { ArticlePositions } from './article-positions'
import { dispatchHighlights, type Highlight } from './claim-highlights'

const sameHighlight = (a: Highlight, b: Highlight) =>
  a.from === b.from && a.to === b.to && a.colour === b.colour && a.label === b.label && a.isPending === b.isPending

/**
 * Keeps the editor's highlights in step with the claims, sending only what changed: one new claim
 * is one decoration added, not a repaint of thousands.
 */
export function useClaimHighlights(
  editor: Editor | null,
  claims: readonly Claim[],
  vocabulary: Vocabulary | null,
  positions: ArticlePositions,
  activeClaimId: string | null,
): void {
  const painted = useRef(new Map<string, Highlight>())

  useEffect(() => {
    if (!editor || !vocabulary) return
    const next = new Map<string, Highlight>()
    for (const claim of claims) {
      if (claim.anchor.state === 'orphaned') continue
      next.set(claim.id, {
        claimId: claim.id,
        from: positions.toPosition(claim.position.start),
        to: positions.toPosition(claim.position.end),
        colour: colourOf(claim, vocabulary),
        label: describeClaim(claim, vocabulary),
        isPending: claim.id.startsWith(PENDING_PREFIX),
      })
    }
    const changed = [...next.values()].filter((h) => {
      const before = painted.current.get(h.claimId)
      return !before || !sameHighlight(before, h)
    })
    const removed = [...painted.current.keys()].filter((id) => !next.has(id))
    if (removed.length) dispatchHighlights(editor.view, { type: 'remove', claimIds: removed })
    if (changed.length) dispatchHighlights(editor.view, { type: 'upsert', highlights: changed })
    painted.current = next
  }, [editor, claims, vocabulary, positions])

  useEffect(() => {
    if (editor) dispatchHighlights(editor.view, { type: 'activate', claimId: activeClaimId })
  }, [editor, activeClaimId])
}
