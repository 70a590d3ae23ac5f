import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ArticleFormat, ArticleOriginal } from '../../../shared/article-model'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'

/** Pasted text is kept as the UTF-8 it was hashed as; a fetched page as the HTML it was sent. */
const EXTENSIONS: Record<ArticleFormat, string> = {
  txt: 'txt',
  md: 'md',
  html: 'html',
  docx: 'docx',
  pdf: 'pdf',
  paste: 'txt',
  url: 'html',
}

/** Where a version's original bytes live, relative to the store folder; the name is never the user's. */
export const originalPath = (articleId: string, sha256: string, format: ArticleFormat) =>
  join('versions', articleId, `${sha256}.${EXTENSIONS[format]}`)

/**
 * The bytes of every file an article was read from (`versions/<id>/<sha256>.<ext>`), each written
 * once: the same bytes coming back (A → B → A) find their file already there.
 */
export class OriginalFiles {
  constructor(private readonly storeFolder: string) {}

  async keep(
    articleId: string,
    sha256: string,
    format: ArticleFormat,
    bytes: Uint8Array,
  ): Promise<void> {
    const target = join(this.storeFolder, originalPath(articleId, sha256, format))
    if (existsSync(target)) return
    await ensureDir(join(this.storeFolder, 'versions', articleId))
    await writeFileAtomic(nodeFs, target, bytes)
  }

  /** The kept file's name and size, or nothing when the version predates keeping originals. */
  async describe(
    articleId: string,
    sha256: string,
    format: ArticleFormat,
    fileName?: string,
  ): Promise<ArticleOriginal | undefined> {
    const storedAs = originalPath(articleId, sha256, format)
    const info = await stat(join(this.storeFolder, storedAs)).catch(() => undefined)
    if (!info) return undefined
    return { fileName: fileName ?? basename(storedAs), storedAs, size: info.size }
  }
}
