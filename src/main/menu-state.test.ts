import { describe, expect, it } from 'vitest'
import { MenuStates, NOTHING_ENABLED } from './menu-state'

const editing = { enabled: ['edit.undo' as const], isEditingText: true }
const reading = { enabled: ['edit.undo' as const, 'view.reload' as const], isEditingText: false }

describe('MenuStates', () => {
  it('offers nothing until a window reports', () => {
    expect(new MenuStates().shown(undefined)).toEqual(NOTHING_ENABLED)
    expect(new MenuStates().shown(7)).toEqual(NOTHING_ENABLED)
  })

  it('shows the focused window’s state, or the latest report’s while none has focus', () => {
    const states = new MenuStates()
    states.report(1, editing)
    states.report(2, reading)
    expect(states.shown(1)).toEqual(editing)
    expect(states.shown(2)).toEqual(reading)
    expect(states.shown(undefined)).toEqual(reading)
  })

  it('says whether a report changed anything, so the menu is rebuilt only then', () => {
    const states = new MenuStates()
    expect(states.report(1, reading)).toBe(true)
    expect(states.report(1, { ...reading, enabled: ['view.reload', 'edit.undo'] })).toBe(false)
    expect(states.report(1, { ...reading, isEditingText: true })).toBe(true)
    expect(states.report(1, { ...reading, enabled: ['view.reload'] })).toBe(true)
  })

  it('forgets a closed window', () => {
    const states = new MenuStates()
    states.report(1, reading)
    states.forget(1)
    expect(states.shown(undefined)).toEqual(NOTHING_ENABLED)
    expect(states.shown(1)).toEqual(NOTHING_ENABLED)
  })
})
