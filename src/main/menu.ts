import type { MenuItemConstructorOptions } from 'electron'
import {
  COMMANDS,
  MENU_ORDER,
  isMenuAccelerator,
  toAccelerator,
  type CommandId,
  type CommandSpec,
} from '../shared/commands'

export type MenuOptions = {
  platform: NodeJS.Platform
  appName: string
  /** Sends the command to the focused window's renderer. */
  run: (id: CommandId) => void
}

function commandItem(command: CommandSpec, run: MenuOptions['run']): MenuItemConstructorOptions {
  if (command.role) return { role: command.role }
  const key = command.keys?.find(isMenuAccelerator)
  return {
    id: command.id,
    label: command.label,
    ...(key ? { accelerator: toAccelerator(key) } : {}),
    // Electron's menu already handled the keystroke; the page never sees it, so no double run.
    click: () => run(command.id as CommandId),
  }
}

/**
 * The application menu, built from the same command table as the palette and the shortcuts.
 * macOS gets its app menu first and keeps Quit there; elsewhere File ends with Quit.
 */
export function buildMenuTemplate({
  platform,
  appName,
  run,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const menus: MenuItemConstructorOptions[] = MENU_ORDER.map((menu) => {
    const items = COMMANDS.filter((command) => command.menu === menu).map((command) =>
      commandItem(command, run),
    )
    if (menu === 'File')
      items.push({ type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' })
    if (menu === 'View') items.push({ type: 'separator' }, { role: 'togglefullscreen' })
    return { label: menu, ...(menu === 'Help' ? { role: 'help' as const } : {}), submenu: items }
  })
  if (!isMac) return menus
  return [
    {
      label: appName,
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
