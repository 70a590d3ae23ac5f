import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MenuState } from '../../../shared/commands'
import { isTextEntry, startMenuStateReports } from './menu-state-report'
import { CommandRegistry } from './registry'

/** Enough of a DOM element for the focus checks: a tag, attributes, editability, an ancestor. */
const element = (tagName: string, attributes: Record<string, string> = {}, inArticle = false) => ({
  tagName,
  getAttribute: (name: string) => attributes[name] ?? null,
  isContentEditable: attributes.contenteditable === 'true',
  closest: (selector: string) => (selector === '.article-text' && inArticle ? {} : null),
})

describe('isTextEntry', () => {
  it('counts fields a user types in', () => {
    expect(isTextEntry(element('INPUT'))).toBe(true)
    expect(isTextEntry(element('INPUT', { type: 'search' }))).toBe(true)
    expect(isTextEntry(element('TEXTAREA'))).toBe(true)
    expect(isTextEntry(element('DIV', { contenteditable: 'true' }))).toBe(true)
  })

  it('leaves the desk’s undo to checkboxes, buttons, selects, the read-only article and nothing', () => {
    expect(isTextEntry(element('INPUT', { type: 'checkbox' }))).toBe(false)
    expect(isTextEntry(element('BUTTON'))).toBe(false)
    expect(isTextEntry(element('SELECT'))).toBe(false)
    expect(isTextEntry(element('DIV', { contenteditable: 'true' }, true))).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })
})

describe('startMenuStateReports', () => {
  let stop = () => {}
  afterEach(() => stop())

  const setUp = () => {
    const registry = new CommandRegistry()
    const focus = Object.assign(new EventTarget(), {
      activeElement: null as ReturnType<typeof element> | null,
    })
    const reports: MenuState[] = []
    stop = startMenuStateReports(registry, focus, (state) => reports.push(state))
    return { registry, focus, reports }
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

  it('reports at once, then once for each change of commands', async () => {
    const { registry, reports } = setUp()
    expect(reports).toEqual([{ enabled: [], isEditingText: false }])
    registry.register('edit.undo', { run: () => {}, isEnabled: true })
    registry.register('view.reload', { run: () => {}, isEnabled: true })
    await settle()
    expect(reports.at(-1)).toEqual({ enabled: ['edit.undo', 'view.reload'], isEditingText: false })
    expect(reports).toHaveLength(2)
  })

  it('reports text focus, and says nothing when focus moves between two fields', async () => {
    const { focus, reports } = setUp()
    focus.activeElement = element('INPUT')
    focus.dispatchEvent(new Event('focusin'))
    await settle()
    expect(reports.at(-1)?.isEditingText).toBe(true)
    focus.dispatchEvent(new Event('focusout'))
    focus.activeElement = element('TEXTAREA')
    focus.dispatchEvent(new Event('focusin'))
    await settle()
    expect(reports).toHaveLength(2)
  })

  it('stops reporting once stopped', async () => {
    const { registry, reports } = setUp()
    stop()
    registry.register('edit.undo', { run: vi.fn(), isEnabled: true })
    await settle()
    expect(reports).toHaveLength(1)
  })
})
