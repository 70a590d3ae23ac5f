import { lastAtOrBefore } from '../../../shared/binary-search'
import type { ArticleBlock } from '../../../shared/article-model'
import { isSectionStart } from './article-sections'

/**
 * Article text offsets ↔ ProseMirror positions. Each block is one node holding only its text, so
 * block i opens after the sizes (text + 2 for its open/close tokens) of the blocks before it and
 * the open/close tokens of the sections it and they are in (article-document.ts).
 */
export class ArticlePositions {
  private readonly nodeStarts: number[]
  private readonly blockStarts: number[]

  constructor(private readonly blocks: readonly Pick<ArticleBlock, 'start' | 'end'>[]) {
    let position = 0
    this.nodeStarts = blocks.map((block, index) => {
      if (isSectionStart(index)) position += index === 0 ? 1 : 2
      const start = position
      position += block.end - block.start + 2
      return start
    })
    this.blockStarts = blocks.map((block) => block.start)
  }

  /** The position of a text offset; offsets between blocks fall at the end of the earlier block. */
  toPosition(offset: number): number {
    const index = lastAtOrBefore(this.blockStarts.length, (i) => this.blockStarts[i]!, offset)
    const block = this.blocks[index]
    if (!block) return 0
    return this.nodeStarts[index]! + 1 + clamp(offset - block.start, block.end - block.start)
  }

  /** The text offset of a position inside a block's text. */
  toOffset(position: number): number {
    const index = lastAtOrBefore(this.nodeStarts.length, (i) => this.nodeStarts[i]!, position)
    const block = this.blocks[index]
    if (!block) return 0
    return block.start + clamp(position - this.nodeStarts[index]! - 1, block.end - block.start)
  }
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max)
