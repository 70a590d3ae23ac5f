import { COMMANDS, type CommandId } from '../../shared/commands'
import { ariaKeyShortcut, keyLabel } from './commands/key-spec'

/** Cmd on macOS, Ctrl elsewhere: shown in tooltips exactly as the handlers read it. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** A command's first shortcut for tooltips and aria-keyshortcuts, from the one command table. */
function shortcutOf(id: CommandId): { label: string; aria: string } {
  const command = COMMANDS.find((each) => each.id === id)
  const key = command && 'keys' in command ? command.keys[0] : undefined
  if (!key) throw new Error(`${id} has no shortcut`)
  return { label: keyLabel(key, isMac), aria: ariaKeyShortcut(key, isMac) }
}

export const SHORTCUTS = {
  markClaim: shortcutOf('claim.mark'),
  undo: shortcutOf('edit.undo'),
  redo: shortcutOf('edit.redo'),
} as const
