import { Node } from '@tiptap/core'

/**
 * A run of article blocks (see article-sections.ts): no meaning for the reader, only a box the view
 * can compare, and the browser skip, as one. Its estimated height sizes it until it is laid out.
 */
export const ArticleSectionNode = Node.create({
  name: 'articleSection',
  group: 'block',
  content: 'articleBlock+',

  addAttributes() {
    return { estimatedLines: { default: 40, rendered: false } }
  },

  parseHTML() {
    return [{ tag: 'div.article-section' }]
  },

  renderHTML({ node }) {
    const lines = Number(node.attrs.estimatedLines) || 40
    return [
      'div',
      { class: 'article-section', style: `contain-intrinsic-block-size: auto ${lines}lh` },
      0,
    ]
  },
})
