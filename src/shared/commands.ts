/**
 * Every command a user can give, declared once. The Electron menu, the in-window menu, the command
 * palette, the keyboard handler and the shortcuts sheet are all generated from this table.
 */
export type MenuName = 'File' | 'Edit' | 'View' | 'Navigate' | 'Help'

/**
 * A shortcut as written here: modifiers joined with '+', then the key as KeyboardEvent.key reports
 * it. `Mod` is Cmd on macOS and Ctrl elsewhere. A key without Mod or Alt only fires outside text fields.
 */
export type KeySpec = string

export type CommandSpec = {
  id: string
  label: string
  menu: MenuName
  keys?: readonly KeySpec[]
  /** Electron handles these itself through a menu role (clipboard); the renderer never sees them. */
  role?: 'cut' | 'copy' | 'paste' | 'selectAll'
}

export const COMMANDS = [
  { id: 'import.files', label: 'Open files…', menu: 'File', keys: ['Mod+O'] },
  {
    id: 'workspace.openFolder',
    label: 'Open folder as workspace…',
    menu: 'File',
    keys: ['Mod+Shift+O'],
  },
  { id: 'workspace.recent', label: 'Recent workspaces…', menu: 'File' },
  { id: 'import.paste', label: 'Paste article…', menu: 'File' },
  { id: 'import.url', label: 'Import from URL…', menu: 'File' },
  { id: 'article.checkUpdates', label: 'Check article for updates', menu: 'File' },
  { id: 'export.report', label: 'Export report…', menu: 'File', keys: ['Mod+E'] },
  { id: 'export.pdf', label: 'Export report as PDF…', menu: 'File' },
  { id: 'export.copyMarkdown', label: 'Copy report as Markdown', menu: 'File' },
  { id: 'export.evidence', label: 'Export evidence package…', menu: 'File' },
  { id: 'import.annotations', label: 'Import annotations…', menu: 'File' },
  { id: 'desk.share', label: 'Share workspace on a team desk…', menu: 'File' },
  { id: 'desk.join', label: 'Join a team desk…', menu: 'File' },
  { id: 'desk.members', label: 'Team desk members…', menu: 'File' },
  { id: 'palette.open', label: 'Command palette…', menu: 'File', keys: ['Mod+K'] },

  { id: 'edit.undo', label: 'Undo', menu: 'Edit', keys: ['Mod+Z'] },
  { id: 'edit.redo', label: 'Redo', menu: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'edit.cut', label: 'Cut', menu: 'Edit', role: 'cut' },
  { id: 'edit.copy', label: 'Copy', menu: 'Edit', role: 'copy' },
  { id: 'edit.paste', label: 'Paste', menu: 'Edit', role: 'paste' },
  { id: 'edit.selectAll', label: 'Select all', menu: 'Edit', role: 'selectAll' },
  { id: 'edit.find', label: 'Find in article…', menu: 'Edit', keys: ['Mod+F'] },
  { id: 'search.workspace', label: 'Search the workspace…', menu: 'Edit', keys: ['Mod+Shift+F'] },
  { id: 'claim.mark', label: 'Mark selection as claim', menu: 'Edit', keys: ['Mod+M'] },
  { id: 'workspace.tags', label: 'Tags…', menu: 'Edit' },
  { id: 'workspace.settings', label: 'Workspace settings…', menu: 'Edit', keys: ['Mod+,'] },

  { id: 'view.allClaims', label: 'All claims', menu: 'View', keys: ['Mod+Shift+A'] },
  {
    id: 'view.discrepancies',
    label: 'Discrepancies across outlets',
    menu: 'View',
    keys: ['Mod+Shift+D'],
  },
  { id: 'view.reload', label: 'Reload workspace', menu: 'View', keys: ['F5'] },
  { id: 'view.articleList', label: 'Show or hide article list', menu: 'View', keys: ['Mod+B'] },
  { id: 'view.claimsPanel', label: 'Show or hide claims panel', menu: 'View', keys: ['Mod+J'] },
  { id: 'view.colourByVerdict', label: 'Colour highlights by verdict', menu: 'View' },
  { id: 'view.colourByTag', label: 'Colour highlights by tag', menu: 'View' },
  { id: 'view.themeSystem', label: 'Theme: follow the system', menu: 'View' },
  { id: 'view.themeLight', label: 'Theme: light', menu: 'View' },
  { id: 'view.themeDark', label: 'Theme: dark', menu: 'View' },
  { id: 'view.zoomIn', label: 'Zoom in', menu: 'View', keys: ['Mod+='] },
  { id: 'view.zoomOut', label: 'Zoom out', menu: 'View', keys: ['Mod+-'] },
  { id: 'view.zoomReset', label: 'Actual size', menu: 'View', keys: ['Mod+0'] },

  { id: 'claim.next', label: 'Next claim', menu: 'Navigate', keys: [']', 'j'] },
  { id: 'claim.previous', label: 'Previous claim', menu: 'Navigate', keys: ['[', 'k'] },
  { id: 'find.next', label: 'Next match', menu: 'Navigate', keys: ['F3'] },
  { id: 'find.previous', label: 'Previous match', menu: 'Navigate', keys: ['Shift+F3'] },

  { id: 'help.shortcuts', label: 'Keyboard shortcuts', menu: 'Help', keys: ['Mod+/'] },
  { id: 'help.about', label: 'About Claimdesk', menu: 'Help' },
] as const satisfies readonly CommandSpec[]

export type CommandId = (typeof COMMANDS)[number]['id']

export const MENU_ORDER: readonly MenuName[] = ['File', 'Edit', 'View', 'Navigate', 'Help']

const COMMAND_IDS: ReadonlySet<string> = new Set(COMMANDS.map((command) => command.id))

export const isCommandId = (value: unknown): value is CommandId =>
  typeof value === 'string' && COMMAND_IDS.has(value)

/**
 * What a window tells the desktop app's native menu: the commands it can run now, and whether a
 * text field has focus (Undo and Redo then act on the text, through the Edit roles).
 */
export type MenuState = { enabled: CommandId[]; isEditingText: boolean }

/** A reported menu state, or null when it is not one (a wrong shape or an unknown command). */
export function parseMenuState(value: unknown): MenuState | null {
  if (typeof value !== 'object' || value === null) return null
  const { enabled, isEditingText } = value as Record<string, unknown>
  if (typeof isEditingText !== 'boolean' || !Array.isArray(enabled)) return null
  if (enabled.length > COMMANDS.length || !enabled.every(isCommandId)) return null
  return { enabled: [...new Set(enabled)], isEditingText }
}

/** The first shortcut of a command, as Electron writes accelerators (CmdOrCtrl+E). */
export function toAccelerator(key: KeySpec): string {
  return key
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+')
}

/** Shortcuts with Mod or Alt belong in a menu; single keys (J, ]) would fire while typing there. */
export const isMenuAccelerator = (key: KeySpec): boolean =>
  /^(Mod|Alt)\+/.test(key) || /^F\d+$/.test(key)
