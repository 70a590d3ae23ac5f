import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { CommandId } from '../../../../shared/commands'
import { useAvailableCommands, useRunCommand } from '../../commands/command-registry'
import { Dialog } from '../Dialog'
import { SHOWN_COMMANDS, searchCommands } from './command-labels'

type Props = { open: boolean; onClose: () => void }

/** Ctrl/Cmd+K: type a few letters of any command, arrow to it, Enter runs it. */
export function CommandPalette({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Command palette" className="palette-dialog">
      <PaletteBody onClose={onClose} />
    </Dialog>
  )
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const available = useAvailableCommands()
  const runCommand = useRunCommand()
  const [query, setQuery] = useState('')
  const [activeIndex, setActiveIndex] = useState(0)
  const listId = useId()
  const matches = useMemo(
    () =>
      searchCommands(SHOWN_COMMANDS, query).filter((command) =>
        available.has(command.id as CommandId),
      ),
    [query, available],
  )
  const active = matches[Math.min(activeIndex, matches.length - 1)]

  const run = (id: string) => {
    onClose()
    // After the dialog has closed, so a command that opens its own dialog is not inside this one.
    requestAnimationFrame(() => runCommand(id as CommandId))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key]
    if (move) {
      event.preventDefault()
      setActiveIndex(
        (index) =>
          (Math.min(index, matches.length - 1) + move + matches.length) %
          Math.max(1, matches.length),
      )
    } else if (event.key === 'Enter' && active) {
      event.preventDefault()
      run(active.id)
    }
  }

  return (
    <div className="palette">
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
        aria-autocomplete="list"
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActiveIndex(0)
        }}
        onKeyDown={onKeyDown}
        data-autofocus
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((command) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={command === active}
            className="palette-option"
            onClick={() => run(command.id)}
          >
            <span>
              <span className="palette-menu">{command.menu}: </span>
              {command.label}
            </span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="empty-note">No command matches “{query}”.</p>}
    </div>
  )
}
