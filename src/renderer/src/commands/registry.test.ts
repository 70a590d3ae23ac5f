import { describe, expect, it, vi } from 'vitest'
import { CommandRegistry } from './registry'

describe('CommandRegistry', () => {
  it('runs a command only while it is offered and enabled, and says whether it ran', () => {
    const registry = new CommandRegistry()
    const undo = vi.fn()
    expect(registry.run('edit.undo')).toBe(false)
    const withdraw = registry.register('edit.undo', { run: undo, isEnabled: false })
    expect(registry.run('edit.undo')).toBe(false)
    withdraw()
    registry.register('edit.undo', { run: undo, isEnabled: true })
    expect(registry.run('edit.undo')).toBe(true)
    expect(undo).toHaveBeenCalledOnce()
  })

  it('lets the latest offer win, and falls back when it is withdrawn', () => {
    const registry = new CommandRegistry()
    const first = vi.fn()
    const second = vi.fn()
    registry.register('view.reload', { run: first, isEnabled: true })
    const withdraw = registry.register('view.reload', { run: second, isEnabled: false })
    expect(registry.run('view.reload')).toBe(false)
    withdraw()
    registry.run('view.reload')
    expect(first).toHaveBeenCalledOnce()
    expect(second).not.toHaveBeenCalled()
  })

  it('lists the enabled commands in the table’s order and tells listeners of every change', () => {
    const registry = new CommandRegistry()
    const listener = vi.fn()
    registry.subscribe(listener)
    registry.register('view.reload', { run: () => {}, isEnabled: true })
    registry.register('edit.redo', { run: () => {}, isEnabled: false })
    registry.register('edit.undo', { run: () => {}, isEnabled: true })
    expect(registry.enabledIds()).toEqual(['edit.undo', 'view.reload'])
    expect(listener).toHaveBeenCalledTimes(3)
  })
})
