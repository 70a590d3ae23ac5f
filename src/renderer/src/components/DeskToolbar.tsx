import type { CommandId } from '../../../shared/commands'
import { useAvailableCommands, useRunCommand } from '../commands/command-registry'
import { SHOWN_COMMANDS } from './shell/command-labels'

type Props = { view: 'article' | 'all-claims' | 'discrepancies' }

type ToolbarButton = { id: CommandId; text: string; pressed?: boolean }

/** Workspace-wide commands as buttons; each runs the same command as its menu item and shortcut. */
export function DeskToolbar({ view }: Props) {
  const available = useAvailableCommands()
  const runCommand = useRunCommand()
  const buttons: ToolbarButton[] = [
    { id: 'view.allClaims', text: 'All claims', pressed: view === 'all-claims' },
    { id: 'view.discrepancies', text: 'Discrepancies', pressed: view === 'discrepancies' },
    { id: 'workspace.tags', text: 'Tags…' },
    { id: 'workspace.settings', text: 'Settings…' },
    { id: 'edit.undo', text: 'Undo' },
    { id: 'edit.redo', text: 'Redo' },
    { id: 'export.report', text: 'Export report…' },
    { id: 'palette.open', text: 'Commands…' },
  ]
  return (
    <div className="desk-toolbar" role="toolbar" aria-label="Workspace commands">
      {buttons.map(({ id, text, pressed }) => {
        const command = SHOWN_COMMANDS.find((each) => each.id === id)
        return (
          <button
            key={id}
            type="button"
            aria-pressed={pressed}
            disabled={!available.has(id)}
            onClick={() => runCommand(id)}
            title={command?.shortcut ? `${command.label} (${command.shortcut})` : command?.label}
            aria-keyshortcuts={command?.ariaShortcut}
          >
            {text}
          </button>
        )
      })}
    </div>
  )
}
