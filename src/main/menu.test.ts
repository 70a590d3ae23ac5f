import type { BaseWindow, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { CommandId, MenuState } from '../shared/commands'
import { buildMenuTemplate, type MenuOptions } from './menu'

const submenuOf = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[]
const find = (template: MenuItemConstructorOptions[], label: string) => {
  const menu = template.find((item) => item.label === label)
  if (!menu) throw new Error(`no ${label} menu`)
  return submenuOf(menu)
}
const itemOf = (template: MenuItemConstructorOptions[], menu: string, label: string) =>
  find(template, menu).find((item) => item.label === label)

const reading: MenuState = { enabled: ['edit.undo', 'export.report'], isEditingText: false }
const template = (options: Partial<MenuOptions> = {}) =>
  buildMenuTemplate({
    platform: 'linux',
    appName: 'Claimdesk',
    state: reading,
    run: () => {},
    spellcheck: { isOn: false, toggle: () => {} },
    ...options,
  })
const click = (item: MenuItemConstructorOptions | undefined, window?: BaseWindow) =>
  item?.click?.({} as never, window, {} as never)

describe('the application menu', () => {
  it('has File, Edit, View, Navigate and Help elsewhere than macOS, with Ctrl accelerators via CmdOrCtrl', () => {
    const menus = template()
    expect(menus.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Navigate', 'Help'])
    const exportItem = find(menus, 'File').find((item) => item.id === 'export.report')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    expect(find(menus, 'File').at(-1)).toEqual({ role: 'quit' })
  })

  it('puts the app menu first on macOS and closes the window from File', () => {
    const menus = template({ platform: 'darwin' })
    expect(menus[0]?.label).toBe('Claimdesk')
    expect(submenuOf(menus[0]!)).toContainEqual({ role: 'quit' })
    expect(find(menus, 'File').at(-1)).toEqual({ role: 'close' })
  })

  it('leaves the clipboard and Select all to Electron roles', () => {
    const edit = find(template(), 'Edit')
    expect(edit).toContainEqual({ role: 'copy', label: 'Copy' })
    expect(edit).toContainEqual({ role: 'selectAll', label: 'Select all' })
  })

  it('sends every other command to the renderer of the window the click was made in', () => {
    const run = vi.fn<(id: CommandId, window: BaseWindow | undefined) => void>()
    const window = { id: 3 } as BaseWindow
    click(itemOf(template({ run }), 'Edit', 'Undo'), window)
    expect(run).toHaveBeenCalledWith('edit.undo', window)
  })

  it('enables exactly the commands the window can run now', () => {
    const menus = template()
    expect(itemOf(menus, 'Edit', 'Undo')?.enabled).toBe(true)
    expect(itemOf(menus, 'File', 'Export report…')?.enabled).toBe(true)
    expect(itemOf(menus, 'Edit', 'Redo')?.enabled).toBe(false)
    expect(itemOf(menus, 'Edit', 'Mark selection as claim')?.enabled).toBe(false)
    const nothing = template({ state: { enabled: [], isEditingText: false } })
    const commands = nothing.flatMap(submenuOf).filter((item) => item.click && !item.type)
    expect(commands.length).toBeGreaterThan(20)
    expect(commands.every((item) => item.enabled === false)).toBe(true)
  })

  it('makes Undo and Redo the Edit roles while a text field has focus, the desk’s history otherwise', () => {
    const typing = find(template({ state: { ...reading, isEditingText: true } }), 'Edit')
    expect(typing).toContainEqual({ role: 'undo', label: 'Undo' })
    expect(typing).toContainEqual({ role: 'redo', label: 'Redo' })
    const desk = find(template(), 'Edit')
    expect(desk.find((item) => item.label === 'Undo')).toMatchObject({
      id: 'edit.undo',
      accelerator: 'CmdOrCtrl+Z',
    })
    expect(desk.some((item) => item.role === 'undo')).toBe(false)
  })

  it('offers spell checking as a checkbox that shows the setting and toggles it', () => {
    const toggle = vi.fn()
    const item = itemOf(
      template({ spellcheck: { isOn: true, toggle } }),
      'Edit',
      'Check spelling as you type',
    )
    expect(item).toMatchObject({ type: 'checkbox', checked: true })
    click(item)
    expect(toggle).toHaveBeenCalledOnce()
  })

  it('never binds a bare letter as an accelerator, so typing in a field cannot trigger it', () => {
    const next = find(template(), 'Navigate').find((item) => item.id === 'claim.next')
    expect(next?.label).toBe('Next claim')
    expect(next?.accelerator).toBeUndefined()
  })
})
