import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { MENU_ORDER, type CommandId, type MenuName } from '../../../../shared/commands'
import { useAvailableCommands, useRunCommand } from '../../commands/command-registry'
import { SHOWN_COMMANDS } from './command-labels'

/**
 * The application menu inside the window, for the browser host (Electron has the native one).
 * A WAI-ARIA menubar: arrows move between menus and items, Enter runs, Escape closes.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/menubar/
 */
export function MenuBar() {
  const available = useAvailableCommands()
  const runCommand = useRunCommand()
  const [openMenu, setOpenMenu] = useState<MenuName | null>(null)
  const barRef = useRef<HTMLDivElement>(null)
  const menus = MENU_ORDER.map((menu) => ({
    menu,
    items: SHOWN_COMMANDS.filter((command) => command.menu === menu && !command.role),
  }))

  useEffect(() => {
    if (!openMenu) return
    // Disabled items stay focusable, as the menu pattern asks, so a menu of them is still reachable.
    barRef.current
      ?.querySelector<HTMLElement>(`[data-menu="${openMenu}"] [role="menu"] [role="menuitem"]`)
      ?.focus()
    const closeOutside = (event: MouseEvent) => {
      if (!barRef.current?.contains(event.target as Node)) setOpenMenu(null)
    }
    document.addEventListener('mousedown', closeOutside)
    return () => document.removeEventListener('mousedown', closeOutside)
  }, [openMenu])

  const focusMenuButton = (menu: MenuName) =>
    barRef.current?.querySelector<HTMLElement>(`[data-menu="${menu}"] > button`)?.focus()

  const moveMenu = (from: MenuName, step: number, keepOpen: boolean) => {
    const next =
      MENU_ORDER[(MENU_ORDER.indexOf(from) + step + MENU_ORDER.length) % MENU_ORDER.length]!
    if (keepOpen) setOpenMenu(next)
    else focusMenuButton(next)
  }

  const onItemKeyDown = (event: KeyboardEvent<HTMLElement>, menu: MenuName) => {
    const items = [
      ...(event.currentTarget
        .closest('[role="menu"]')
        ?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
    ]
    const index = items.indexOf(event.target as HTMLElement)
    const handlers: Record<string, () => void> = {
      ArrowDown: () => items[(index + 1) % items.length]?.focus(),
      ArrowUp: () => items[(index - 1 + items.length) % items.length]?.focus(),
      Home: () => items[0]?.focus(),
      End: () => items.at(-1)?.focus(),
      ArrowRight: () => moveMenu(menu, 1, true),
      ArrowLeft: () => moveMenu(menu, -1, true),
      Escape: () => {
        setOpenMenu(null)
        focusMenuButton(menu)
      },
      Tab: () => setOpenMenu(null),
    }
    const handler = handlers[event.key]
    if (!handler) return
    if (event.key !== 'Tab') event.preventDefault()
    event.stopPropagation()
    handler()
  }

  const run = (id: CommandId, menu: MenuName) => {
    setOpenMenu(null)
    focusMenuButton(menu)
    requestAnimationFrame(() => runCommand(id))
  }

  return (
    <div className="menu-bar" role="menubar" aria-label="Application menu" ref={barRef}>
      {menus.map(({ menu, items }) => (
        <div key={menu} className="menu" data-menu={menu}>
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={openMenu === menu}
            tabIndex={menu === 'File' ? 0 : -1}
            onClick={() => setOpenMenu(openMenu === menu ? null : menu)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                event.preventDefault()
                moveMenu(menu, event.key === 'ArrowRight' ? 1 : -1, openMenu !== null)
              } else if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
                event.preventDefault()
                setOpenMenu(menu)
              }
            }}
          >
            {menu}
          </button>
          {openMenu === menu && (
            <ul role="menu" aria-label={menu} className="menu-popup">
              {items.map((command) => {
                const isEnabled = available.has(command.id as CommandId)
                return (
                  <li
                    key={command.id}
                    role="menuitem"
                    tabIndex={-1}
                    aria-disabled={!isEnabled}
                    aria-keyshortcuts={command.ariaShortcut}
                    className="menu-item"
                    onClick={() => isEnabled && run(command.id as CommandId, menu)}
                    onKeyDown={(event) => {
                      if ((event.key === 'Enter' || event.key === ' ') && isEnabled) {
                        event.preventDefault()
                        run(command.id as CommandId, menu)
                      } else onItemKeyDown(event, menu)
                    }}
                  >
                    <span>{command.label}</span>
                    {command.shortcut && <kbd>{command.shortcut}</kbd>}
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      ))}
    </div>
  )
}
