import type { TextDoc } from './search-docs'

/** One article's blocks: their text as one UTF-8 buffer, where each ends in it, where each starts in the article. */
type ArticleBlocks = { bytes: Buffer; ends: Uint32Array; starts: Float64Array }

const blockIndexOf = (id: string): number => Number(id.slice(id.lastIndexOf(':') + 1))
/** The article of a block's document id. */
export const blockArticleId = (id: string): string => id.slice(2, id.lastIndexOf(':'))

/** Whether a document id names an article's block (`b:<article>:<n>`). */
export const isBlockId = (id: string): boolean => id.startsWith('b:')

/**
 * The text of every article's blocks, for showing a match's passage and checking its phrases:
 * each article's as one UTF-8 buffer (a byte a letter for most text, outside the JS heap) instead
 * of a string and an object a block. A block's document is made again when it is asked for.
 */
export class BlockTexts {
  private readonly articles = new Map<string, ArticleBlocks>()

  /** Replaces an article's blocks with these (ids `b:<article>:<n>`, n counting from 0). */
  put(articleId: string, docs: readonly TextDoc[]): void {
    const count = docs.reduce((most, doc) => Math.max(most, blockIndexOf(doc.id) + 1), 0)
    const texts: string[] = Array.from({ length: count }, () => '')
    const starts = new Float64Array(count)
    for (const doc of docs) {
      const index = blockIndexOf(doc.id)
      texts[index] = doc.text
      starts[index] = doc.start
    }
    const ends = new Uint32Array(count)
    let end = 0
    for (const [index, text] of texts.entries()) ends[index] = end += Buffer.byteLength(text)
    this.articles.set(articleId, { bytes: Buffer.from(texts.join('')), ends, starts })
  }

  remove(articleId: string): void {
    this.articles.delete(articleId)
  }

  /** The block's document, or undefined when the index holds no such block. */
  doc(id: string): TextDoc | undefined {
    const articleId = blockArticleId(id)
    const blocks = this.articles.get(articleId)
    const index = blockIndexOf(id)
    if (!blocks || !(index >= 0 && index < blocks.ends.length)) return undefined
    const from = index > 0 ? (blocks.ends[index - 1] as number) : 0
    const text = blocks.bytes.toString('utf8', from, blocks.ends[index])
    return { id, articleId, start: blocks.starts[index] as number, text }
  }
}
