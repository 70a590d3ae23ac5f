import { randomBytes } from 'node:crypto'
import * as fsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { errorCode } from './fs-errors'

/** The file operations the store uses; injectable only so tests can make a real operation fail. */
export interface FsOps {
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandle>
  writeFile(file: FileHandle, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  stat(path: string): Promise<{ mtime: Date }>
  readdir(path: string): Promise<string[]>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
}

export const nodeFs: FsOps = fsPromises

/** Windows (EBUSY/EPERM/EACCES) refuses a rename while an indexer or antivirus holds the file. */
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_RETRIES = 5
const RENAME_BACKOFF_MS = 10

/** Platforms that cannot fsync a directory say so with one of these; the rename is still done. */
const REFUSED_DIR_SYNC_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF'])

export async function ensureDir(path: string, fs: FsOps = nodeFs): Promise<void> {
  await fs.mkdir(path, { recursive: true })
}

/** `.<name>.<pid>.<random>.tmp` in the target's folder, so the final rename never crosses devices. */
function tempPathFor(target: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`
  return join(dirname(target), `.${basename(target)}.${unique}.tmp`)
}

export async function renameWithRetry(fs: FsOps, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = errorCode(error)
      if (attempt >= RENAME_RETRIES || !code || !RETRYABLE_RENAME_CODES.has(code)) throw error
      await new Promise((resolve) => setTimeout(resolve, RENAME_BACKOFF_MS * 2 ** attempt))
    }
  }
}

/** Makes the renames in `dir` survive a power loss, where the platform allows it. */
async function syncDirectory(fs: FsOps, dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = errorCode(error)
    if (!code || !REFUSED_DIR_SYNC_CODES.has(code)) throw error
  } finally {
    await handle?.close()
  }
}

async function writeSyncedFile(fs: FsOps, path: string, content: string | Uint8Array) {
  const handle = await fs.open(path, 'wx')
  try {
    await fs.writeFile(handle, content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export async function removeQuietly(fs: FsOps, path: string): Promise<void> {
  await fs.unlink(path).catch(() => undefined)
}

type AtomicWriteOptions = {
  /** Runs once the new content is safely in its temp file, just before it replaces the target. */
  beforeReplace?: () => Promise<void>
}

/**
 * Replaces `target` so that a crash at any moment leaves either the old or the new content,
 * never a mix: temp file → fsync → rename → fsync the folder.
 */
export async function writeFileAtomic(
  fs: FsOps,
  target: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target)
  try {
    await writeSyncedFile(fs, temp, content)
    await options.beforeReplace?.()
    await renameWithRetry(fs, temp, target)
  } catch (error) {
    await removeQuietly(fs, temp)
    throw error
  }
  await syncDirectory(fs, dirname(target))
}
