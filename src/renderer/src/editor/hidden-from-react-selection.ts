import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Before every commit, React saves the selection of a focused contenteditable by walking all of
 * its text: with a 1 MB article that is 150 ms or more for any state change while the text has
 * focus. React never renders inside the article, so its selection needs no saving: React is told
 * the text is not editable. The browser and ProseMirror read the attribute, which stays "true".
 * @see https://github.com/react/react/pull/9992 ("When the focus is inside a contenteditable, apparently we are.")
 */
export const HiddenFromReactSelection = Extension.create({
  name: 'hiddenFromReactSelection',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('hiddenFromReactSelection'),
        view: (view) => {
          Object.defineProperty(view.dom, 'contentEditable', {
            configurable: true,
            get: () => 'inherit',
          })
          return { destroy: () => Reflect.deleteProperty(view.dom, 'contentEditable') }
        },
      }),
    ]
  },
})
