import { useState } from 'react'
import { SHORTCUTS } from '../shortcuts'
import { useWorkspace } from '../state/workspace-context'
import { SettingsDialog } from './vocabulary/SettingsDialog'
import { TagManager } from './vocabulary/TagManager'

type Props = { isAllClaims: boolean; onShowAllClaims: () => void }

/** Workspace-wide commands: all claims, the tag vocabulary, settings, undo and redo. */
export function DeskToolbar({ isAllClaims, onShowAllClaims }: Props) {
  const { canUndo, canRedo, undo, redo } = useWorkspace()
  const [dialog, setDialog] = useState<'tags' | 'settings' | null>(null)
  return (
    <div className="desk-toolbar" role="toolbar" aria-label="Workspace commands">
      <button type="button" aria-pressed={isAllClaims} onClick={onShowAllClaims}>
        All claims
      </button>
      <button type="button" onClick={() => setDialog('tags')}>
        Tags…
      </button>
      <button type="button" onClick={() => setDialog('settings')}>
        Settings…
      </button>
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => void undo()}
        title={`Undo (${SHORTCUTS.undo.label})`}
        aria-keyshortcuts={SHORTCUTS.undo.aria}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => void redo()}
        title={`Redo (${SHORTCUTS.redo.label})`}
        aria-keyshortcuts={SHORTCUTS.redo.aria}
      >
        Redo
      </button>
      <TagManager open={dialog === 'tags'} onClose={() => setDialog(null)} />
      <SettingsDialog open={dialog === 'settings'} onClose={() => setDialog(null)} />
    </div>
  )
}
