import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { ServiceError } from '../../../shared/result'
import type { ArticleMeta } from '../../../shared/model'
import { sha256Hex, type BlockDraft } from '../article-record'
import { parseTxtArticle } from './txt-article'

/** Articles are text; anything larger is almost certainly not one and would make the desk crawl. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024

export type ArticleFile = { meta: ArticleMeta; blocks: BlockDraft[] }

const SUPPORTED_EXTENSIONS = new Set(['.txt'])

const hasBinaryBytes = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0)

function decodeUtf8(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    throw new ServiceError('unsupported', `${fileName} is not valid UTF-8 text.`)
  }
}

async function readBytes(path: string, fileName: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => {
    throw new ServiceError(
      'io-error',
      `Could not read ${fileName}: the file is missing or not accessible.`,
    )
  })
  if (!info.isFile()) throw new ServiceError('unsupported', `${fileName} is not a file.`)
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new ServiceError(
      'unsupported',
      `${fileName} is larger than the 20 MB limit for an article.`,
    )
  }
  if (info.size === 0) throw new ServiceError('invalid-input', `${fileName} is empty.`)
  return readFile(path)
}

/** Reads one article file from disk into metadata and blocks, refusing anything that is not an article. */
export async function readArticleFile(path: string, now = new Date()): Promise<ArticleFile> {
  const fileName = basename(path)
  const extension = extname(fileName).toLowerCase()
  if (!SUPPORTED_EXTENSIONS.has(extension)) {
    throw new ServiceError(
      'unsupported',
      `${fileName}: ${extension || 'files without an extension'} are not supported yet.`,
    )
  }
  const bytes = await readBytes(path, fileName)
  if (hasBinaryBytes(bytes))
    throw new ServiceError('unsupported', `${fileName} looks like a binary file, not text.`)
  const { text, encoding } = decodeUtf8(bytes, fileName)
  const parsed = parseTxtArticle(text)
  const meta: ArticleMeta = {
    title: parsed.title,
    subtitle: parsed.subtitle,
    byline: parsed.byline,
    published: parsed.published,
    updated: parsed.updated,
    path,
    fileName,
    format: 'txt',
    encoding,
    sha256: sha256Hex(bytes),
    importedAt: now.toISOString(),
  }
  return { meta: dropUndefined(meta), blocks: parsed.blocks }
}

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
