import type { BaseWindow, MenuItemConstructorOptions } from 'electron'
import {
  COMMANDS,
  MENU_ORDER,
  isMenuAccelerator,
  toAccelerator,
  type CommandId,
  type CommandSpec,
  type MenuState,
} from '../shared/commands'

/** The spelling checkbox in the Edit menu: what it shows and what a click does. */
export type SpellcheckItem = { isOn: boolean; toggle: () => void }

export type MenuOptions = {
  platform: NodeJS.Platform
  appName: string
  /** What the window the menu is for reported: the commands it can run, and text focus. */
  state: MenuState
  /** Sends the command to the renderer of `window`, the one the click was made in. */
  run: (id: CommandId, window: BaseWindow | undefined) => void
  spellcheck: SpellcheckItem
}

/**
 * While a text field has focus, Undo and Redo are the Edit roles, so they act on the typing (and on
 * macOS, Cmd+Z reaches the field at all); elsewhere they are the desk's own history.
 * @see https://www.electronjs.org/docs/latest/api/menu-item#roles
 */
const TEXT_ROLES: Partial<Record<CommandId, 'undo' | 'redo'>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
}

function commandItem(
  command: CommandSpec,
  { state, run }: Pick<MenuOptions, 'state' | 'run'>,
): MenuItemConstructorOptions {
  const id = command.id as CommandId
  const role = command.role ?? (state.isEditingText ? TEXT_ROLES[id] : undefined)
  if (role) return { role, label: command.label }
  const key = command.keys?.find(isMenuAccelerator)
  return {
    id,
    label: command.label,
    ...(key ? { accelerator: toAccelerator(key) } : {}),
    enabled: state.enabled.includes(id),
    // A keystroke the page handles never reaches the menu, so a shortcut never runs twice.
    click: (_item, window) => run(id, window),
  }
}

const spellcheckItem = ({ isOn, toggle }: SpellcheckItem): MenuItemConstructorOptions => ({
  id: 'edit.spellcheck',
  label: 'Check spelling as you type',
  type: 'checkbox',
  checked: isOn,
  click: toggle,
})

/**
 * The application menu, built from the same command table as the palette and the shortcuts, and
 * rebuilt whenever the state changes (a changed `enabled` does not show on Linux's menu bar).
 * macOS gets its app menu first and keeps Quit there; elsewhere File ends with Quit.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const menus: MenuItemConstructorOptions[] = MENU_ORDER.map((menu) => {
    const items = COMMANDS.filter((command) => command.menu === menu).map((command) =>
      commandItem(command, options),
    )
    if (menu === 'File')
      items.push({ type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' })
    if (menu === 'Edit') items.push({ type: 'separator' }, spellcheckItem(options.spellcheck))
    if (menu === 'View') items.push({ type: 'separator' }, { role: 'togglefullscreen' })
    return { label: menu, ...(menu === 'Help' ? { role: 'help' as const } : {}), submenu: items }
  })
  if (!isMac) return menus
  return [
    {
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    ...menus,
  ]
}
