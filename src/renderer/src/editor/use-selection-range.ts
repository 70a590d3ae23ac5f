import type { Editor } from '@tiptap/core'
import { startTransition, useEffect, useState } from 'react'
import type { ClaimRange } from '../state/use-article-claims'
import type { ArticlePositions } from './article-positions'

export type SelectionState = {
  range: ClaimRange | null
  /** Where to float the mark button, relative to the article surface. */
  anchor: { top: number; left: number } | null
}

const NOTHING: SelectionState = { range: null, anchor: null }

/** The article text range under the editor's selection, if it holds any visible text. */
export function useSelectionRange(
  editor: Editor | null,
  positions: ArticlePositions,
): SelectionState {
  const [state, setState] = useState<SelectionState>(NOTHING)

  useEffect(() => {
    if (!editor) return
    const update = () => {
      const { from, to, empty } = editor.state.selection
      // A selection going away is not urgent (the mark button can leave a frame later), so marking
      // a claim, which collapses it, paints the highlight first.
      if (empty || editor.state.doc.textBetween(from, to, ' ').trim() === '')
        return startTransition(() => setState(NOTHING))
      const range = { start: positions.toOffset(from), end: positions.toOffset(to) }
      const surface = editor.view.dom.parentElement?.getBoundingClientRect()
      const end = editor.view.coordsAtPos(to)
      const anchor = surface
        ? { top: end.bottom - surface.top + 6, left: end.left - surface.left }
        : null
      setState({ range, anchor })
    }
    editor.on('selectionUpdate', update)
    return () => {
      editor.off('selectionUpdate', update)
    }
  }, [editor, positions])

  return state
}
