import { describe, expect, it } from 'vitest'
import { ariaKeyShortcut, keyLabel, matchesKey } from './key-spec'

const key = (init: Partial<KeyboardEvent> & { key: string }) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
})

describe('matchesKey', () => {
  it('reads Mod as Ctrl elsewhere and Cmd on macOS', () => {
    expect(matchesKey('Mod+E', key({ key: 'e', ctrlKey: true }), false)).toBe(true)
    expect(matchesKey('Mod+E', key({ key: 'e', metaKey: true }), false)).toBe(false)
    expect(matchesKey('Mod+E', key({ key: 'e', metaKey: true }), true)).toBe(true)
    expect(matchesKey('Mod+E', key({ key: 'e', ctrlKey: true }), true)).toBe(false)
  })

  it('tells Mod+Z from Mod+Shift+Z, whatever case the letter arrives in', () => {
    expect(matchesKey('Mod+Z', key({ key: 'z', ctrlKey: true }), false)).toBe(true)
    expect(matchesKey('Mod+Z', key({ key: 'Z', ctrlKey: true, shiftKey: true }), false)).toBe(false)
    expect(matchesKey('Mod+Shift+Z', key({ key: 'Z', ctrlKey: true, shiftKey: true }), false)).toBe(
      true,
    )
  })

  it('matches bare keys only without modifiers', () => {
    expect(matchesKey(']', key({ key: ']' }), false)).toBe(true)
    expect(matchesKey('j', key({ key: 'j' }), false)).toBe(true)
    expect(matchesKey('j', key({ key: 'j', ctrlKey: true }), false)).toBe(false)
    expect(matchesKey('j', key({ key: 'J', shiftKey: true }), false)).toBe(false)
    expect(matchesKey('Shift+F3', key({ key: 'F3', shiftKey: true }), false)).toBe(true)
    expect(matchesKey('F3', key({ key: 'F3', shiftKey: true }), false)).toBe(false)
  })

  it('accepts punctuation however the layout reached it', () => {
    expect(matchesKey('Mod+/', key({ key: '/', ctrlKey: true }), false)).toBe(true)
    expect(matchesKey('Mod+=', key({ key: '=', ctrlKey: true }), false)).toBe(true)
    expect(matchesKey('Mod+,', key({ key: ',', ctrlKey: true }), false)).toBe(true)
  })
})

describe('labels', () => {
  it('shows shortcuts the way each platform writes them', () => {
    expect(keyLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z')
    expect(keyLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z')
    expect(keyLabel(']', false)).toBe(']')
    expect(ariaKeyShortcut('Mod+K', false)).toBe('Control+K')
    expect(ariaKeyShortcut('Mod+K', true)).toBe('Meta+K')
  })
})
