import type { JSONContent } from '@tiptap/core'
import type { Article } from '../../../shared/article-model'
import { estimatedLines, sectionsOf } from './article-sections'

/**
 * The read-only ProseMirror document of an article: one plain-text node per block, the blocks
 * grouped in sections (see article-sections.ts).
 */
export function articleToDocument(article: Pick<Article, 'blocks'>): JSONContent {
  return {
    type: 'doc',
    content: sectionsOf(article.blocks).map((blocks) => ({
      type: 'articleSection',
      attrs: { estimatedLines: estimatedLines(blocks) },
      content: blocks.map((block) => ({
        type: 'articleBlock',
        attrs: { kind: block.kind, start: block.start },
        content: block.text ? [{ type: 'text', text: block.text }] : [],
      })),
    })),
  }
}
