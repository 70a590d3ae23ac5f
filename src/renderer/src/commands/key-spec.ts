import type { KeySpec } from '../../../shared/commands'

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

type ParsedKey = { key: string; mod: boolean; shift: boolean; alt: boolean }

function parseKeySpec(spec: KeySpec): ParsedKey {
  const parts = spec.split('+')
  const key = parts.at(-1) ?? ''
  const modifiers = new Set(parts.slice(0, -1))
  return {
    key,
    mod: modifiers.has('Mod'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
  }
}

/** Does this keystroke give this shortcut? Letters match either case; Shift must match exactly. */
export function matchesKey(spec: KeySpec, event: KeyEventLike, isMac: boolean): boolean {
  const wanted = parseKeySpec(spec)
  const mod = isMac ? event.metaKey : event.ctrlKey
  const stray = isMac ? event.ctrlKey : event.metaKey
  if (mod !== wanted.mod || stray || event.altKey !== wanted.alt) return false
  const isLetter = /^[a-z]$/i.test(wanted.key)
  // Shifted punctuation (`?`, `+`) arrives with shiftKey set; only letters and F-keys compare it.
  if ((isLetter || /^F\d+$/.test(wanted.key)) && event.shiftKey !== wanted.shift) return false
  return isLetter ? event.key.toLowerCase() === wanted.key.toLowerCase() : event.key === wanted.key
}

/** A shortcut as the user reads it: ⌘⇧Z on macOS, Ctrl+Shift+Z elsewhere. */
export function keyLabel(spec: KeySpec, isMac: boolean): string {
  const { key, mod, shift, alt } = parseKeySpec(spec)
  const shown = key.length === 1 ? key.toUpperCase() : key
  if (isMac) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${shown}`
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', shown].filter(Boolean).join('+')
}

/** The value for aria-keyshortcuts, which names modifiers the way KeyboardEvent does. */
export function ariaKeyShortcut(spec: KeySpec, isMac: boolean): string {
  const { key, mod, shift, alt } = parseKeySpec(spec)
  return [
    mod && (isMac ? 'Meta' : 'Control'),
    alt && 'Alt',
    shift && 'Shift',
    key.length === 1 ? key.toUpperCase() : key,
  ]
    .filter(Boolean)
    .join('+')
}
