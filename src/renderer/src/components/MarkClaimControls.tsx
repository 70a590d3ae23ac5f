import { useEffect, useState, type RefObject } from 'react'
import type { SelectionState } from '../editor/use-selection-range'
import { SHORTCUTS } from '../shortcuts'

type Props = {
  selection: SelectionState
  onMark: () => void
  surfaceRef: RefObject<HTMLDivElement | null>
}

/** The "Mark claim" button that floats under a selection, and the same command on right-click. */
export function MarkClaimControls({ selection, onMark, surfaceRef }: Props) {
  const [menuAt, setMenuAt] = useState<{ top: number; left: number } | null>(null)

  useEffect(() => {
    const surface = surfaceRef.current
    if (!surface) return
    const openMenu = (event: Event) => {
      const pointer = event as MouseEvent
      if (!selection.range) return
      pointer.preventDefault()
      const box = surface.getBoundingClientRect()
      setMenuAt({ top: pointer.clientY - box.top, left: pointer.clientX - box.left })
    }
    const closeMenu = () => setMenuAt(null)
    surface.addEventListener('contextmenu', openMenu)
    window.addEventListener('click', closeMenu)
    return () => {
      surface.removeEventListener('contextmenu', openMenu)
      window.removeEventListener('click', closeMenu)
    }
  }, [selection.range, surfaceRef])

  const mark = () => {
    setMenuAt(null)
    onMark()
  }
  const title = `Mark as claim (${SHORTCUTS.markClaim.label})`

  return (
    <>
      {selection.range && selection.anchor && !menuAt && (
        <button
          type="button"
          className="mark-claim-button"
          style={{ top: selection.anchor.top, left: selection.anchor.left }}
          title={title}
          aria-keyshortcuts={SHORTCUTS.markClaim.aria}
          onMouseDown={(event) => event.preventDefault()}
          onClick={mark}
        >
          Mark claim
        </button>
      )}
      {menuAt && (
        <div
          role="menu"
          aria-label="Selection"
          className="context-menu"
          style={{ top: menuAt.top, left: menuAt.left }}
          onKeyDown={(event) => event.key === 'Escape' && setMenuAt(null)}
        >
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={mark}
            aria-keyshortcuts={SHORTCUTS.markClaim.aria}
          >
            Mark as claim <kbd>{SHORTCUTS.markClaim.label}</kbd>
          </button>
        </div>
      )}
    </>
  )
}
