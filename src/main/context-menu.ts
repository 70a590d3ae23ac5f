import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

export type ContextMenuAt = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>
export type SpellingActions = {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** Suggestions for a misspelled word (only there while spell checking is on), then "add it". */
function spellingItems(
  { misspelledWord, dictionarySuggestions }: ContextMenuAt,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  if (!misspelledWord) return []
  const suggestions: MenuItemConstructorOptions[] = dictionarySuggestions
    .slice(0, 5)
    .map((word) => ({ label: word, click: () => actions.replaceMisspelling(word) }))
  return [
    ...(suggestions.length > 0 ? suggestions : [{ label: 'No suggestions', enabled: false }]),
    {
      label: `Add “${misspelledWord}” to the dictionary`,
      click: () => actions.addToDictionary(misspelledWord),
    },
    separator,
  ]
}

/**
 * The right-click menu of a text field or a selection, as Electron leaves it to the app; the
 * article's own menu ("Mark as claim") is the page's and never reaches here.
 * @see https://www.electronjs.org/docs/latest/tutorial/spellchecker#how-do-i-put-the-results-of-the-spellchecker-in-my-context-menu
 */
export function contextMenuTemplate(
  at: ContextMenuAt,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const { editFlags } = at
  if (at.isEditable)
    return [
      ...spellingItems(at, actions),
      { role: 'cut', label: 'Cut', enabled: editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: editFlags.canPaste },
      separator,
      { role: 'selectAll', label: 'Select all', enabled: editFlags.canSelectAll },
    ]
  if (at.selectionText.trim() !== '')
    return [{ role: 'copy', label: 'Copy', enabled: editFlags.canCopy }]
  return []
}
