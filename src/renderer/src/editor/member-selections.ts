import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** Another member's selection in the article, as document positions, with their name. */
export type MemberSelection = { name: string; from: number; to: number }

export const memberSelectionsKey = new PluginKey<DecorationSet>('memberSelections')

/** The member's name, shown where their selection starts. */
function nameLabel(name: string): HTMLElement {
  const label = document.createElement('span')
  label.className = 'member-selection-name'
  label.textContent = name
  label.setAttribute('aria-hidden', 'true')
  return label
}

const decorate = (state: EditorState, selections: readonly MemberSelection[]) =>
  DecorationSet.create(
    state.doc,
    selections.flatMap(({ name, from, to }) => [
      Decoration.inline(from, to, { class: 'member-selection', title: `Selected by ${name}` }),
      Decoration.widget(from, () => nameLabel(name), { key: `member-${name}`, side: -1 }),
    ]),
  )

/**
 * Paints what other members of a live team desk have selected in this article, each with their
 * name; set them with a transaction meta.
 */
export const MemberSelections = Extension.create({
  name: 'memberSelections',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: memberSelectionsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations, _old, state) => {
            const selections = transaction.getMeta(memberSelectionsKey) as
              MemberSelection[] | undefined
            return selections
              ? decorate(state, selections)
              : decorations.map(transaction.mapping, transaction.doc)
          },
        },
        props: { decorations: (state) => memberSelectionsKey.getState(state) },
      }),
    ]
  },
})
