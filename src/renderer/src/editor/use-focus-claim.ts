import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type { Claim } from '../../../shared/claim-model'
import type { ArticlePositions } from './article-positions'
import { findKey } from './find-highlights'
import { whenMounted } from './when-mounted'

/**
 * A request to bring a claim, or a passage of the text (a search match), into view; the nonce
 * lets the same one be asked for twice.
 */
export type FocusRequest =
  { claimId: string; nonce: number } | { at: { start: number; end: number }; nonce: number }

const FLASH_MS = 1200

function scrollTo(editor: Editor, position: number): void {
  const { node } = editor.view.domAtPos(position)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'auto' })
}

/** Scrolls a claim's highlight to the middle of the view and flashes it once. */
function focusClaim(editor: Editor, claim: Claim, positions: ArticlePositions): () => void {
  scrollTo(editor, positions.toPosition(claim.position.start))
  const marks = editor.view.dom.querySelectorAll(`mark[data-claim-id="${CSS.escape(claim.id)}"]`)
  marks.forEach((mark) => mark.classList.add('claim-flash'))
  const timer = window.setTimeout(
    () => marks.forEach((mark) => mark.classList.remove('claim-flash')),
    FLASH_MS,
  )
  return () => window.clearTimeout(timer)
}

/** Scrolls a passage to the middle of the view and marks it as the current match. */
function focusPassage(
  editor: Editor,
  at: { start: number; end: number },
  positions: ArticlePositions,
) {
  const range = { from: positions.toPosition(at.start), to: positions.toPosition(at.end) }
  editor.view.dispatch(editor.state.tr.setMeta(findKey, { ranges: [range], current: 0 }))
  scrollTo(editor, range.from)
}

/** Brings what a request names into view. */
export function useFocusClaim(
  editor: Editor | null,
  request: FocusRequest | null,
  claims: readonly Claim[],
  positions: ArticlePositions,
): void {
  useEffect(() => {
    if (!editor || !request) return
    return whenMounted(editor, () => {
      if ('at' in request) return focusPassage(editor, request.at, positions)
      const claim = claims.find((each) => each.id === request.claimId)
      if (claim) return focusClaim(editor, claim, positions)
    })
    // Only a new request moves the view; claims changing underneath must not scroll the reader away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, request])
}
