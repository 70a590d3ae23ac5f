import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Keeps the article text unchangeable while leaving the editor focusable, so a reader can still
 * move a caret and extend a selection from the keyboard to mark a claim.
 */
export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyText'),
        filterTransaction: (transaction) => !transaction.docChanged,
        props: {
          handlePaste: () => true,
          handleDrop: () => true,
          attributes: { 'aria-readonly': 'true', role: 'textbox', 'aria-multiline': 'true' },
        },
      }),
    ]
  },
})
