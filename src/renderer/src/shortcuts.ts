/** Cmd on macOS, Ctrl elsewhere: shown in tooltips exactly as the handlers read it. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

export const MOD_LABEL = isMac ? '⌘' : 'Ctrl+'
export const MOD_ARIA = isMac ? 'Meta' : 'Control'

export const SHORTCUTS = {
  markClaim: { label: `${MOD_LABEL}M`, aria: `${MOD_ARIA}+M` },
  undo: { label: `${MOD_LABEL}Z`, aria: `${MOD_ARIA}+Z` },
  redo: { label: `${MOD_LABEL}Shift+Z`, aria: `${MOD_ARIA}+Shift+Z` },
} as const
