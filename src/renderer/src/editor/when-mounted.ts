import type { Editor } from '@tiptap/core'

/**
 * Runs `work` once the editor has its view: at once when it has one, else when it is mounted (an
 * editor made anew for another article may reach an effect before its view is in the page).
 * Returns what stops waiting, and what `work` returned to undo itself.
 */
export function whenMounted(editor: Editor, work: () => void | (() => void)): () => void {
  if (!editor.isDestroyed) return work() ?? (() => {})
  let undo: void | (() => void)
  const run = () => {
    editor.off('mount', run)
    if (!editor.isDestroyed) undo = work()
  }
  editor.on('mount', run)
  return () => {
    editor.off('mount', run)
    undo?.()
  }
}
