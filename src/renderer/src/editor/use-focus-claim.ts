import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { ArticlePositions } from './article-positions'

/** A request to bring a claim into view; the nonce lets the same claim be asked for twice. */
export type FocusRequest = { claimId: string; nonce: number }

const FLASH_MS = 1200

/** Scrolls a claim's highlight to the middle of the view and flashes it once. */
export function useFocusClaim(
  editor: Editor | null,
  request: FocusRequest | null,
  claims: readonly Claim[],
  positions: ArticlePositions,
): void {
  useEffect(() => {
    if (!editor || !request) return
    const claim = claims.find((each) => each.id === request.claimId)
    if (!claim) return
    const { node } = editor.view.domAtPos(positions.toPosition(claim.position.start))
    const element = node instanceof Element ? node : node.parentElement
    element?.scrollIntoView({ block: 'center', behavior: 'auto' })
    const marks = editor.view.dom.querySelectorAll(`mark[data-claim-id="${CSS.escape(claim.id)}"]`)
    marks.forEach((mark) => mark.classList.add('claim-flash'))
    const timer = window.setTimeout(
      () => marks.forEach((mark) => mark.classList.remove('claim-flash')),
      FLASH_MS,
    )
    return () => window.clearTimeout(timer)
    // Only a new request moves the view; claims changing underneath must not scroll the reader away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, request])
}
