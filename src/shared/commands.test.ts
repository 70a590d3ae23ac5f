import { describe, expect, it } from 'vitest'
import { COMMANDS, isCommandId, isMenuAccelerator, parseMenuState, toAccelerator } from './commands'

describe('the command table', () => {
  it('gives every command a unique id and every shortcut to one command only', () => {
    const ids = COMMANDS.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
    const keys = COMMANDS.flatMap((command) => ('keys' in command ? [...command.keys] : []))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('recognises its own ids and nothing else', () => {
    expect(isCommandId('edit.undo')).toBe(true)
    expect(isCommandId('edit.undo ')).toBe(false)
    expect(isCommandId('__proto__')).toBe(false)
    expect(isCommandId(42)).toBe(false)
  })
})

describe('toAccelerator', () => {
  it.each([
    ['Mod+E', 'CmdOrCtrl+E'],
    ['Mod+Shift+Z', 'CmdOrCtrl+Shift+Z'],
    ['Mod+/', 'CmdOrCtrl+/'],
    ['Mod+=', 'CmdOrCtrl+='],
    ['Shift+F3', 'Shift+F3'],
  ])('writes %s as %s', (key, accelerator) => {
    expect(toAccelerator(key)).toBe(accelerator)
  })

  it('keeps single-key shortcuts out of menus', () => {
    expect(isMenuAccelerator('j')).toBe(false)
    expect(isMenuAccelerator(']')).toBe(false)
    expect(isMenuAccelerator('F3')).toBe(true)
    expect(isMenuAccelerator('Mod+K')).toBe(true)
  })
})

describe('parseMenuState', () => {
  it('keeps a well-formed state, each command once', () => {
    expect(
      parseMenuState({ enabled: ['edit.undo', 'view.reload', 'edit.undo'], isEditingText: false }),
    ).toEqual({ enabled: ['edit.undo', 'view.reload'], isEditingText: false })
  })

  it('refuses anything else: unknown commands, wrong types, too many entries', () => {
    const tooMany = Array.from({ length: COMMANDS.length + 1 }, () => 'edit.undo')
    for (const bad of [
      undefined,
      'edit.undo',
      { enabled: ['edit.undo'] },
      { enabled: ['edit.undo', '__proto__'], isEditingText: false },
      { enabled: [1], isEditingText: false },
      { enabled: tooMany, isEditingText: false },
      { enabled: [], isEditingText: 'yes' },
    ])
      expect(parseMenuState(bad), JSON.stringify(bad)).toBeNull()
  })
})
