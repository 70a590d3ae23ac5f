import type { ArticleBlock } from '../../../shared/article-model'

/**
 * Blocks per section. ProseMirror compares a node's children one by one on every view update, and
 * looks each child's decorations up by a scan from the start; with thousands of top-level blocks
 * one new highlight cost tens of milliseconds. Sections of 64 blocks keep both walks short (about
 * √ of the block count each) and give the browser a few hundred boxes, not thousands, to skip when
 * they are out of view.
 */
export const BLOCKS_PER_SECTION = 64

/** Characters on a line of the reading column, roughly: only sizes a section before it is laid out. */
const CHARACTERS_PER_LINE = 80

export const isSectionStart = (blockIndex: number) => blockIndex % BLOCKS_PER_SECTION === 0

/** The article's blocks in sections of BLOCKS_PER_SECTION, in order. */
export function sectionsOf<T>(blocks: readonly T[]): T[][] {
  const sections: T[][] = []
  for (let first = 0; first < blocks.length; first += BLOCKS_PER_SECTION)
    sections.push(blocks.slice(first, first + BLOCKS_PER_SECTION))
  return sections
}

/**
 * A guess at a section's height in lines (a block's lines plus one for its margin), so that the
 * scrollbar is about right before the browser lays out a section it has skipped.
 */
export function estimatedLines(blocks: readonly Pick<ArticleBlock, 'text'>[]): number {
  return blocks.reduce(
    (lines, block) => lines + Math.max(1, Math.ceil(block.text.length / CHARACTERS_PER_LINE)) + 1,
    0,
  )
}
