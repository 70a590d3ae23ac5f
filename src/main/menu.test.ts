import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from './menu'

const submenuOf = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[]
const find = (template: MenuItemConstructorOptions[], label: string) => {
  const menu = template.find((item) => item.label === label)
  if (!menu) throw new Error(`no ${label} menu`)
  return submenuOf(menu)
}

describe('the application menu', () => {
  it('has File, Edit, View, Navigate and Help elsewhere than macOS, with Ctrl accelerators via CmdOrCtrl', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Claimdesk', run: () => {} })
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Navigate', 'Help'])
    const exportItem = find(template, 'File').find((item) => item.id === 'export.report')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    expect(find(template, 'File').at(-1)).toEqual({ role: 'quit' })
  })

  it('puts the app menu first on macOS and closes the window from File', () => {
    const template = buildMenuTemplate({ platform: 'darwin', appName: 'Claimdesk', run: () => {} })
    expect(template[0]?.label).toBe('Claimdesk')
    expect(submenuOf(template[0]!)).toContainEqual({ role: 'quit' })
    expect(find(template, 'File').at(-1)).toEqual({ role: 'close' })
  })

  it('leaves clipboard items to Electron roles and sends every other command to the renderer', () => {
    const sent: string[] = []
    const template = buildMenuTemplate({
      platform: 'win32',
      appName: 'Claimdesk',
      run: (id) => sent.push(id),
    })
    const edit = find(template, 'Edit')
    expect(edit).toContainEqual({ role: 'copy' })
    const undo = edit.find((item) => item.id === 'edit.undo')
    undo?.click?.({} as never, undefined, {} as never)
    expect(sent).toEqual(['edit.undo'])
  })

  it('never binds a bare letter as an accelerator, so typing in a field cannot trigger it', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Claimdesk', run: () => {} })
    const next = find(template, 'Navigate').find((item) => item.id === 'claim.next')
    expect(next?.label).toBe('Next claim')
    expect(next?.accelerator).toBeUndefined()
  })
})
