import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The search matches to paint, as document positions, and which one is current. */
export type FindState = { ranges: { from: number; to: number }[]; current: number }

export const findKey = new PluginKey<DecorationSet>('findHighlights')

const decorate = (state: EditorState, find: FindState) =>
  DecorationSet.create(
    state.doc,
    find.ranges.map((range, index) =>
      Decoration.inline(range.from, range.to, {
        class: index === find.current ? 'find-match find-match-current' : 'find-match',
      }),
    ),
  )

/** Paints find-in-article matches as decorations; set them with a transaction meta. */
export const FindHighlights = Extension.create({
  name: 'findHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations, _old, state) => {
            const find = transaction.getMeta(findKey) as FindState | undefined
            return find
              ? decorate(state, find)
              : decorations.map(transaction.mapping, transaction.doc)
          },
        },
        props: { decorations: (state) => findKey.getState(state) },
      }),
    ]
  },
})
