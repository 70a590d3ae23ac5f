import { describe, expect, it, vi } from 'vitest'
import type { MenuState } from '../shared/commands'
import { createWindowBridge } from './window-bridge'

describe('createWindowBridge', () => {
  it('exposes reportMenuState and pathForFile and nothing else, frozen', () => {
    const bridge = createWindowBridge(vi.fn(), () => '')
    expect(Reflect.ownKeys(bridge)).toEqual(['reportMenuState', 'pathForFile'])
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('sends a menu state once it is checked, and refuses one that is not', () => {
    const send = vi.fn()
    const bridge = createWindowBridge(send, () => '')
    bridge.reportMenuState({ enabled: ['edit.undo', 'edit.undo'], isEditingText: true })
    expect(send).toHaveBeenCalledWith({ enabled: ['edit.undo'], isEditingText: true })
    for (const bad of [
      null,
      { enabled: ['fs.readFile'], isEditingText: false },
      { enabled: 'edit.undo', isEditingText: false },
      { enabled: [] },
    ])
      expect(() => bridge.reportMenuState(bad as unknown as MenuState)).toThrow(TypeError)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('answers a file’s path from Electron', () => {
    const file = new File(['text'], 'notes.md')
    const bridge = createWindowBridge(vi.fn(), (given) =>
      given === file ? '/home/me/notes.md' : '',
    )
    expect(bridge.pathForFile(file)).toBe('/home/me/notes.md')
  })
})
