import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type { ClaimRange } from '../state/use-article-claims'
import type { ArticlePositions } from './article-positions'
import { whenMounted } from './when-mounted'

/**
 * Selects a passage and scrolls it to the middle of the view. The selection is the highlight: the
 * next click clears it, and while it lasts the Mark claim button floats under it.
 */
export function useShowPassage(
  editor: Editor | null,
  passage: ClaimRange | null,
  positions: ArticlePositions,
): void {
  useEffect(() => {
    if (!editor || !passage) return
    return whenMounted(editor, () => {
      const from = positions.toPosition(passage.start)
      const to = positions.toPosition(passage.end)
      editor
        .chain()
        .focus(undefined, { scrollIntoView: false })
        .setTextSelection({ from, to })
        .run()
      const { node } = editor.view.domAtPos(from)
      const element = node instanceof Element ? node : node.parentElement
      element?.scrollIntoView({ block: 'center', behavior: 'auto' })
    })
    // Only opening the article shows the passage; later renders leave the reader's selection be.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor])
}
