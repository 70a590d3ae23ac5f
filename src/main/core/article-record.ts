import { createHash } from 'node:crypto'
import type { Article, ArticleBlock, ArticleMeta, BlockKind } from '../../shared/article-model'

export type BlockDraft = { kind: BlockKind; text: string }

/** Blocks are joined with a blank line; every offset in Claimdesk refers to this text. */
const BLOCK_SEPARATOR = '\n\n'

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex')

/** Lays the blocks out end to end and records where each one sits in the joined text. */
export function layOutBlocks(drafts: readonly BlockDraft[]): {
  text: string
  blocks: ArticleBlock[]
} {
  const blocks: ArticleBlock[] = []
  let offset = 0
  for (const draft of drafts) {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    blocks.push({
      kind: draft.kind,
      text: draft.text,
      start: offset,
      end: offset + draft.text.length,
    })
    offset += draft.text.length
  }
  return { text: drafts.map((draft) => draft.text).join(BLOCK_SEPARATOR), blocks }
}

export function assembleArticle(
  id: string,
  meta: ArticleMeta,
  drafts: readonly BlockDraft[],
): Article {
  return { ...meta, id, ...layOutBlocks(drafts) }
}
