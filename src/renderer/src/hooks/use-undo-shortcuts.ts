import { useEffect } from 'react'
import { isMac } from '../shortcuts'
import { useWorkspace } from '../state/workspace-context'

/** Text fields keep their own undo; everywhere else Ctrl/Cmd+Z undoes the last change to claims and tags. */
const hasOwnUndo = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('.article-text')))

export function useUndoShortcuts(): void {
  const { undo, redo } = useWorkspace()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = isMac ? event.metaKey : event.ctrlKey
      if (!isMod || hasOwnUndo(event.target) || event.defaultPrevented) return
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
