import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { CommandId } from '../../../../shared/commands'
import { useAvailableCommands, useRunCommand } from '../../commands/command-registry'
import { useCallQuery } from '../../data/use-call-query'
import { useArticles } from '../../hooks/use-articles'
import { Dialog } from '../Dialog'
import { SHOWN_COMMANDS, searchCommands } from './command-labels'
import { commandEntry, searchWorkspace, type PaletteEntry } from './palette-entries'

type OpenArticle = (articleId: string, claimId: string | null) => void
type Props = { open: boolean; onClose: () => void; onOpenArticle: OpenArticle }

/** Ctrl/Cmd+K: type a few letters of a command, an article or a claim; arrow to it, Enter runs or opens it. */
export function CommandPalette({ open, onClose, onOpenArticle }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Command palette" className="palette-dialog">
      <PaletteBody onClose={onClose} onOpenArticle={onOpenArticle} />
    </Dialog>
  )
}

/** The commands that can run now, then the articles and claims, matching what was typed. */
function usePaletteMatches(query: string): PaletteEntry[] {
  const available = useAvailableCommands()
  const articles = useArticles()
  const claims = useCallQuery('claims.listAll', {})
  return useMemo(
    () => [
      ...searchCommands(SHOWN_COMMANDS, query)
        .filter((command) => available.has(command.id as CommandId))
        .map(commandEntry),
      ...searchWorkspace(
        query,
        articles.status === 'ready' ? articles.value : [],
        claims.status === 'ready' ? claims.value : [],
      ),
    ],
    [query, available, articles, claims],
  )
}

function PaletteBody({
  onClose,
  onOpenArticle,
}: {
  onClose: () => void
  onOpenArticle: OpenArticle
}) {
  const runCommand = useRunCommand()
  const [query, setQuery] = useState('')
  const [activeIndex, setActiveIndex] = useState(0)
  const listId = useId()
  const matches = usePaletteMatches(query)
  const active = matches[Math.min(activeIndex, matches.length - 1)]

  const run = ({ target }: PaletteEntry) => {
    onClose()
    // After the dialog has closed, so a command that opens its own dialog is not inside this one.
    requestAnimationFrame(() =>
      'command' in target
        ? runCommand(target.command)
        : onOpenArticle(target.articleId, target.claimId),
    )
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
      run(active)
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
        aria-activedescendant={active ? `${listId}-${active.key}` : undefined}
        aria-autocomplete="list"
        placeholder="Type a command, an article or a claim…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActiveIndex(0)
        }}
        onKeyDown={onKeyDown}
        data-autofocus
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((entry) => (
          <li
            key={entry.key}
            id={`${listId}-${entry.key}`}
            role="option"
            aria-selected={entry === active}
            className="palette-option"
            onClick={() => run(entry)}
          >
            <span>
              <span className="palette-menu">{entry.group}: </span>
              {entry.label}
            </span>
            {entry.shortcut && <kbd>{entry.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <p className="empty-note">No command, article or claim matches “{query}”.</p>
      )}
    </div>
  )
}
