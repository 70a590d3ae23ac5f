import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'

/** What the editor needs to paint one claim; positions are ProseMirror positions. */
export type Highlight = {
  claimId: string
  from: number
  to: number
  colour: string
  /** Read out with the highlight, so colour is never the only cue. */
  label: string
  isPending: boolean
}

type HighlightAction =
  /** One transaction for every change, so the view is updated once, not once per kind of change. */
  | { type: 'change'; removedIds: string[]; highlights: Highlight[] }
  | { type: 'activate'; claimId: string | null }

type HighlightState = {
  decorations: DecorationSet
  byClaim: Map<string, Decoration>
  activeId: string | null
}

const claimHighlightsKey = new PluginKey<HighlightState>('claimHighlights')

export type ClaimHighlightsOptions = {
  /** Called with the innermost claim under a click, or under the caret when Enter is pressed. */
  onActivate: (claimId: string) => void
}

function decorationFor(highlight: Highlight, isActive: boolean): Decoration {
  const classes = [
    'claim',
    highlight.isPending ? 'claim-pending' : '',
    isActive ? 'claim-active' : '',
  ]
  return Decoration.inline(
    highlight.from,
    highlight.to,
    {
      nodeName: 'mark',
      class: classes.filter(Boolean).join(' '),
      style: `--claim-colour: ${highlight.colour}`,
      title: highlight.label,
      // Read out by screen readers with the highlighted text: verdict and tags, never colour alone.
      'aria-description': highlight.label,
      'data-claim-id': highlight.claimId,
    },
    { claimId: highlight.claimId, highlight, length: highlight.to - highlight.from },
  )
}

function withHighlights(
  state: HighlightState,
  doc: ProseMirrorNode,
  highlights: Highlight[],
): HighlightState {
  const stale = highlights.flatMap((highlight) => state.byClaim.get(highlight.claimId) ?? [])
  const fresh = highlights.map((highlight) =>
    decorationFor(highlight, highlight.claimId === state.activeId),
  )
  const byClaim = new Map(state.byClaim)
  fresh.forEach((decoration) => byClaim.set(decoration.spec.claimId, decoration))
  return { ...state, decorations: state.decorations.remove(stale).add(doc, fresh), byClaim }
}

function withoutClaims(state: HighlightState, claimIds: string[]): HighlightState {
  if (claimIds.length === 0) return state
  const byClaim = new Map(state.byClaim)
  const stale = claimIds.flatMap((id) => {
    const decoration = byClaim.get(id)
    byClaim.delete(id)
    return decoration ?? []
  })
  return { ...state, decorations: state.decorations.remove(stale), byClaim }
}

function reduce(
  state: HighlightState,
  action: HighlightAction,
  doc: ProseMirrorNode,
): HighlightState {
  switch (action.type) {
    case 'change':
      return withHighlights(withoutClaims(state, action.removedIds), doc, action.highlights)
    case 'activate': {
      const touched = [state.activeId, action.claimId].flatMap((id) =>
        id ? (state.byClaim.get(id) ?? []) : [],
      )
      const next = { ...state, activeId: action.claimId }
      return withHighlights(
        next,
        doc,
        touched.map((decoration) => decoration.spec.highlight as Highlight),
      )
    }
  }
}

/** The claim whose highlight is shortest among those covering `position`: the innermost one. */
function innermostClaimAt(state: EditorState, position: number): string | null {
  const found = claimHighlightsKey.getState(state)?.decorations.find(position, position) ?? []
  const inner = found.sort((a, b) => a.spec.length - b.spec.length)[0]
  return inner ? (inner.spec.claimId as string) : null
}

/** Sends a highlight change to the editor, on `tr` when it should go with other steps (a caret move). */
export function dispatchHighlights(
  view: EditorView,
  action: HighlightAction,
  tr: Transaction = view.state.tr,
): void {
  view.dispatch(tr.setMeta(claimHighlightsKey, action).setMeta('addToHistory', false))
}

/**
 * Claims painted as decorations kept in plugin state: changed one claim at a time, mapped through
 * transactions, never rebuilt from scratch and never written into the article document.
 */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: 'claimHighlights',

  addOptions() {
    return { onActivate: () => undefined }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, byClaim: new Map(), activeId: null }),
          apply: (tr: Transaction, state: HighlightState) => {
            const action = tr.getMeta(claimHighlightsKey) as HighlightAction | undefined
            const mapped = tr.docChanged
              ? { ...state, decorations: state.decorations.map(tr.mapping, tr.doc) }
              : state
            return action ? reduce(mapped, action, tr.doc) : mapped
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
          handleClick: (view, position) => {
            const claimId = innermostClaimAt(view.state, position)
            if (claimId) options.onActivate(claimId)
            return false
          },
          handleKeyDown: (view, event) => {
            if (event.key !== 'Enter') return false
            const claimId = innermostClaimAt(view.state, view.state.selection.from)
            if (claimId) options.onActivate(claimId)
            return claimId !== null
          },
        },
      }),
    ]
  },
})
