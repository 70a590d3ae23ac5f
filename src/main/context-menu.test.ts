import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate, type ContextMenuAt } from './context-menu'

const editFlags = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
}
const at = (overrides: Partial<ContextMenuAt>): ContextMenuAt => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags,
  ...overrides,
})
const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.label ?? item.type ?? '')

describe('contextMenuTemplate', () => {
  const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() })

  it('gives a text field the clipboard and Select all, enabled as the field allows', () => {
    const items = contextMenuTemplate(
      at({ isEditable: true, editFlags: { ...editFlags, canPaste: false } }),
      actions(),
    )
    expect(labels(items)).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all'])
    expect(items.find((item) => item.role === 'paste')?.enabled).toBe(false)
  })

  it('puts spelling suggestions first, which replace the word, then offers to add it', () => {
    const spelling = actions()
    const items = contextMenuTemplate(
      at({
        isEditable: true,
        misspelledWord: 'Zelenskyyy',
        dictionarySuggestions: ['Zelenskyy', 'Zelensky'],
      }),
      spelling,
    )
    expect(labels(items).slice(0, 4)).toEqual([
      'Zelenskyy',
      'Zelensky',
      'Add “Zelenskyyy” to the dictionary',
      'separator',
    ])
    items[0]?.click?.({} as never, undefined, {} as never)
    items[2]?.click?.({} as never, undefined, {} as never)
    expect(spelling.replaceMisspelling).toHaveBeenCalledWith('Zelenskyy')
    expect(spelling.addToDictionary).toHaveBeenCalledWith('Zelenskyyy')
  })

  it('says so when a misspelled word has no suggestion', () => {
    const items = contextMenuTemplate(at({ isEditable: true, misspelledWord: 'xqzt' }), actions())
    expect(items[0]).toEqual({ label: 'No suggestions', enabled: false })
  })

  it('offers Copy for selected text outside a field, and nothing where there is nothing to act on', () => {
    expect(labels(contextMenuTemplate(at({ selectionText: 'some 8,000' }), actions()))).toEqual([
      'Copy',
    ])
    expect(contextMenuTemplate(at({ selectionText: '  ' }), actions())).toEqual([])
  })
})
