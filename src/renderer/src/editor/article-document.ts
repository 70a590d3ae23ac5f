import type { JSONContent } from '@tiptap/core'
import type { Article } from '../../../shared/model'

/** The read-only ProseMirror document of an article: one plain-text node per block. */
export function articleToDocument(article: Pick<Article, 'blocks'>): JSONContent {
  return {
    type: 'doc',
    content: article.blocks.map((block) => ({
      type: 'articleBlock',
      attrs: { kind: block.kind, start: block.start },
      content: block.text ? [{ type: 'text', text: block.text }] : [],
    })),
  }
}
