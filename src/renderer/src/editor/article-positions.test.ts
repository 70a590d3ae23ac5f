import { getSchema } from '@tiptap/core'
import { Document } from '@tiptap/extension-document'
import { Text } from '@tiptap/extension-text'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../../shared/article-model'
import { ArticleBlockNode } from './article-block'
import { articleToDocument } from './article-document'
import { ArticlePositions } from './article-positions'
import { ArticleSectionNode } from './article-section'
import { BLOCKS_PER_SECTION } from './article-sections'

// Text: "Head\n\nFirst para\n\nEnd" — blocks at 0–4, 6–16, 18–21.
const BLOCKS = [
  { start: 0, end: 4 },
  { start: 6, end: 16 },
  { start: 18, end: 21 },
]
// ProseMirror: the section opens at 0; <b>Head</b> opens at 1, text 2–6; the second opens at 7,
// text 8–18; the third opens at 19, text 20–23.

const schema = getSchema([Document, Text, ArticleBlockNode, ArticleSectionNode])

/** An article of `count` blocks whose texts differ, as the importer would give it. */
function articleOf(count: number) {
  const blocks: ArticleBlock[] = []
  let text = ''
  for (let n = 0; n < count; n++) {
    const blockText = n % 7 === 3 ? '' : `Block ${n} says ${'x'.repeat(n % 13)}.`
    if (n > 0) text += '\n\n'
    blocks.push({ kind: 'paragraph', text: blockText, start: text.length, end: 0 })
    text += blockText
    blocks[n]!.end = text.length
  }
  return { text, blocks }
}

describe('ArticlePositions', () => {
  const positions = new ArticlePositions(BLOCKS)

  it.each([
    [0, 2],
    [4, 6],
    [6, 8],
    [10, 12],
    [16, 18],
    [18, 20],
    [21, 23],
  ])('maps offset %i to position %i', (offset, position) => {
    expect(positions.toPosition(offset)).toBe(position)
    expect(positions.toOffset(position)).toBe(offset)
  })

  it('puts an offset inside a block separator at the end of the earlier block', () => {
    expect(positions.toPosition(5)).toBe(6)
  })

  it('maps a position between nodes to the start of the next block', () => {
    expect(positions.toOffset(7)).toBe(6)
    expect(positions.toOffset(0)).toBe(0)
  })

  it('agrees with the document the editor shows, across many sections', () => {
    const article = articleOf(BLOCKS_PER_SECTION * 3 + 5)
    const doc = ProseMirrorNode.fromJSON(schema, articleToDocument(article))
    const mapped = new ArticlePositions(article.blocks)

    expect(doc.childCount).toBe(4)
    for (const block of article.blocks) {
      const from = mapped.toPosition(block.start)
      const to = mapped.toPosition(block.end)
      expect(doc.textBetween(from, to)).toBe(article.text.slice(block.start, block.end))
      expect(doc.resolve(from).parent.type.name).toBe('articleBlock')
      expect(mapped.toOffset(from)).toBe(block.start)
      expect(mapped.toOffset(to)).toBe(block.end)
    }
  })
})
