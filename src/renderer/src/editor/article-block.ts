import { Node, mergeAttributes } from '@tiptap/core'
import type { BlockKind } from '../../../shared/article-model'

/** Each article block kind is shown with the element a reader and a screen reader expect. */
const TAG_BY_KIND: Record<BlockKind, string> = {
  headline: 'h1',
  subtitle: 'p',
  byline: 'p',
  dateline: 'p',
  caption: 'p',
  heading: 'h2',
  paragraph: 'p',
  quote: 'blockquote',
  'list-item': 'p',
  aside: 'aside',
}

/**
 * One block of an article's text. Blocks hold plain text only, so a ProseMirror position maps to
 * an article text offset by simple arithmetic (see article-positions.ts).
 */
export const ArticleBlockNode = Node.create({
  name: 'articleBlock',
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,

  addAttributes() {
    return {
      kind: { default: 'paragraph', rendered: false },
      start: { default: 0, rendered: false },
    }
  },

  parseHTML() {
    return [{ tag: '[data-block-kind]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const kind = node.attrs.kind as BlockKind
    return [
      TAG_BY_KIND[kind] ?? 'p',
      mergeAttributes(HTMLAttributes, { 'data-block-kind': kind, class: `block block-${kind}` }),
      0,
    ]
  },
})
