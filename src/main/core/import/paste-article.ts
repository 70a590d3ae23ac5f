import { ServiceError } from '../../../shared/result'
import { sha256Hex } from '../article-record'
import { normaliseText } from './decode-text'
import { MAX_ARTICLE_BYTES, type ArticleFile } from './read-article-file'
import { parseTxtArticle } from './txt-article'

/** Pasted text is read like a .txt article: headline first, then front matter and body. */
export function articleFromPaste(pasted: string, now = new Date()): ArticleFile {
  const text = normaliseText(pasted)
  if (text.trim() === '')
    throw new ServiceError('invalid-input', 'The pasted text is empty: there is nothing to import.')
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ServiceError(
      'unsupported',
      `The pasted text is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for an article.`,
    )
  }
  const { blocks, ...found } = parseTxtArticle(text)
  return {
    meta: {
      ...found,
      format: 'paste',
      encoding: 'utf-8',
      sha256: sha256Hex(bytes),
      importedAt: now.toISOString(),
    },
    blocks,
    original: bytes,
  }
}
