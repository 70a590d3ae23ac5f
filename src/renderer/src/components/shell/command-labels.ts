import { COMMANDS, type CommandSpec } from '../../../../shared/commands'
import { isMac } from '../../shortcuts'
import { ariaKeyShortcut, keyLabel } from '../../commands/key-spec'

export type ShownCommand = CommandSpec & { shortcut: string; ariaShortcut: string | undefined }

/** The commands as the UI shows them, shortcut labels written the platform's way. */
export const SHOWN_COMMANDS: readonly ShownCommand[] = COMMANDS.map((command: CommandSpec) => ({
  ...command,
  shortcut: (command.keys ?? []).map((key) => keyLabel(key, isMac)).join(' or '),
  ariaShortcut: command.keys?.[0] ? ariaKeyShortcut(command.keys[0], isMac) : undefined,
}))

/** Ranks commands for what was typed: every word must appear; a label starting with it ranks first. */
export function searchCommands(commands: readonly ShownCommand[], query: string): ShownCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...commands]
  const haystack = (command: ShownCommand) => `${command.menu} ${command.label}`.toLowerCase()
  return commands
    .filter((command) => words.every((word) => haystack(command).includes(word)))
    .sort(
      (a, b) =>
        Number(!a.label.toLowerCase().startsWith(words[0]!)) -
        Number(!b.label.toLowerCase().startsWith(words[0]!)),
    )
}
