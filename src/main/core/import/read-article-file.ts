import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ArticleFormat, ArticleMeta } from '../../../shared/article-model'
import { ServiceError } from '../../../shared/result'
import { sha256Hex, type BlockDraft } from '../article-record'
import { decodeText, htmlMetaCharset } from './decode-text'
import type { ParsedArticle } from './parsed-article'
import {
  binaryKind,
  PDF_SIGNATURE,
  startsWithBytes,
  utf16WithoutBom,
  ZIP_SIGNATURE,
} from './sniff-bytes'
import { parseTxtArticle } from './txt-article'

/** Articles are text; anything larger is almost certainly not one and would make the desk crawl. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024

/**
 * `notice` tells the user something the import decided for them (an encoding read otherwise than
 * declared); `original` is the bytes as read, kept with the article's versions.
 */
export type ArticleFile = {
  meta: ArticleMeta
  blocks: BlockDraft[]
  notice?: string
  original?: Uint8Array
}

type FileFormat = Exclude<ArticleFormat, 'paste' | 'url'>

const FORMATS: Record<string, FileFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS)

/** Where the bytes came from, and what the source said about them. */
export type ArticleSource = {
  fileName: string
  path?: string
  url?: string
  /** A charset the source declared (an HTTP Content-Type header). */
  charset?: string
}

/** The format a file name says; `shownAs` names the file in the refusal (a link and its target). */
function formatOf(fileName: string, shownAs = fileName): FileFormat {
  const extension = extname(fileName).toLowerCase()
  const format = FORMATS[extension]
  if (!format) {
    const what = extension ? `${extension} files` : 'files without an extension'
    throw new ServiceError(
      'unsupported',
      `${shownAs}: ${what} are not supported. Claimdesk imports ${SUPPORTED_EXTENSIONS.join(', ')}.`,
    )
  }
  return format
}

const sizeLimitMessage = (fileName: string) =>
  `${fileName} is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for an article.`

const unreadable = (fileName: string) =>
  new ServiceError('io-error', `Could not read ${fileName}: the file is missing or not accessible.`)

async function readBytes(path: string, fileName: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => {
    throw unreadable(fileName)
  })
  if (!info.isFile()) throw new ServiceError('unsupported', `${fileName} is not a file.`)
  if (info.size > MAX_ARTICLE_BYTES)
    throw new ServiceError('unsupported', sizeLimitMessage(fileName))
  return readFile(path).catch(() => {
    throw unreadable(fileName)
  })
}

function decodeChecked(bytes: Uint8Array, source: ArticleSource, format: FileFormat) {
  // UTF-16 without a byte-order mark is full of NUL bytes, yet text: read it as what it is.
  const utf16 = utf16WithoutBom(bytes)
  const kind = utf16 ? undefined : binaryKind(bytes)
  if (kind)
    throw new ServiceError(
      'unsupported',
      `${source.fileName} is ${kind}, not a ${format} text file.`,
    )
  const declared =
    utf16 ?? source.charset ?? (format === 'html' ? htmlMetaCharset(bytes) : undefined)
  return decodeText(bytes, source.fileName, declared)
}

async function parseBytes(
  bytes: Uint8Array,
  format: FileFormat,
  source: ArticleSource,
): Promise<{ parsed: ParsedArticle; encoding: string; notice?: string }> {
  const fallbackTitle = basename(source.fileName, extname(source.fileName))
  // Each reader (and its library: mammoth, pdf.js, linkedom + Readability) loads on first use, so
  // starting the app does not pay for formats nobody has imported yet.
  if (format === 'docx') {
    const { parseDocxArticle } = await import('./docx-article')
    if (!startsWithBytes(bytes, ZIP_SIGNATURE))
      throw new ServiceError('unsupported', `${source.fileName} is not a Word (.docx) document.`)
    return {
      parsed: await parseDocxArticle(bytes, source.fileName, fallbackTitle),
      encoding: 'docx',
    }
  }
  if (format === 'pdf') {
    const { parsePdfArticle } = await import('./pdf-article')
    if (!startsWithBytes(bytes, PDF_SIGNATURE))
      throw new ServiceError('unsupported', `${source.fileName} is not a PDF document.`)
    return { parsed: await parsePdfArticle(bytes, source.fileName, fallbackTitle), encoding: 'pdf' }
  }
  const { text, encoding, notice } = decodeChecked(bytes, source, format)
  if (text.trim() === '')
    throw new ServiceError(
      'invalid-input',
      `${source.fileName} is empty: there is no text to import.`,
    )
  const parsed =
    format === 'html'
      ? (await import('./html-article')).parseHtmlArticle(
          text,
          source.fileName,
          fallbackTitle,
          source.url,
        )
      : format === 'md'
        ? (await import('./md-article')).parseMarkdownArticle(text, source.fileName, fallbackTitle)
        : parseTxtArticle(text)
  return { parsed, encoding, ...(notice ? { notice } : {}) }
}

/** Reads an article from bytes in any supported format; `format` overrides the file name's extension. */
export async function readArticleBytes(
  bytes: Uint8Array,
  source: ArticleSource,
  options: { format?: FileFormat; asFormat?: ArticleFormat; now?: Date } = {},
): Promise<ArticleFile> {
  const format = options.format ?? formatOf(source.fileName)
  if (bytes.length === 0)
    throw new ServiceError(
      'invalid-input',
      `${source.fileName} is empty: there is no text to import.`,
    )
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new ServiceError('unsupported', sizeLimitMessage(source.fileName))
  const { parsed, encoding, notice } = await parseBytes(bytes, format, source).catch(
    (error: Error) => {
      if (error instanceof ServiceError) throw error
      // A parser choking on hostile input (nesting too deep, a broken zip) is one bad file, not a crash.
      throw new ServiceError(
        'unsupported',
        `${source.fileName} could not be read as ${format}: ${error.message}`,
      )
    },
  )
  const { blocks, ...found } = parsed
  const meta: ArticleMeta = {
    ...found,
    url: found.url ?? source.url,
    path: source.path,
    fileName: source.fileName,
    format: options.asFormat ?? format,
    encoding,
    sha256: sha256Hex(bytes),
    importedAt: (options.now ?? new Date()).toISOString(),
  }
  return { meta: dropUndefined(meta), blocks, original: bytes, ...(notice ? { notice } : {}) }
}

/**
 * Reads one article file from disk into metadata and blocks, refusing anything that is not an
 * article. A link is judged by what it points to: `notes.txt` linking to `~/.ssh/id_rsa` is refused.
 */
export async function readArticleFile(path: string, now = new Date()): Promise<ArticleFile> {
  const fileName = basename(path)
  const realPath = await realpath(path).catch(() => {
    throw unreadable(fileName)
  })
  const realName = basename(realPath)
  const format = formatOf(
    realName,
    realName === fileName ? fileName : `${fileName} (a link to ${realName})`,
  )
  const bytes = await readBytes(realPath, fileName)
  return readArticleBytes(bytes, { fileName, path }, { format, now })
}

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
