import { useEffect } from 'react'
import { isMac } from '../shortcuts'
import { useWorkspace } from '../state/workspace-context'

/** Text fields keep their own undo; everywhere else Ctrl/Cmd+Z undoes the last change to claims and tags. */
const hasOwnUndo = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.matches('input, textarea, select') || (target.isContentEditable && !isInArticle(target)))

/** The article text is read-only: whatever its editor does with Ctrl/Cmd+Z changes nothing. */
const isInArticle = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('.article-text') !== null

export function useUndoShortcuts(): void {
  const { undo, redo } = useWorkspace()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = isMac ? event.metaKey : event.ctrlKey
      if (!isMod || hasOwnUndo(event.target)) return
      if (event.defaultPrevented && !isInArticle(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) void undo()
      else if ((key === 'z' && event.shiftKey) || key === 'y') void redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [undo, redo])
}
