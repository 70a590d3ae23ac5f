import { randomBytes } from 'node:crypto'
import * as fsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { errorCode } from './fs-errors'

/** The file operations the store uses; injectable only so tests can make a real operation fail. */
export interface FsOps {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<FileHandle>
  writeFile(file: FileHandle, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  stat(path: string): Promise<{ mtime: Date; mode: number }>
  readdir(path: string): Promise<string[]>
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>
  chmod(path: string, mode: number): Promise<void>
}

export const nodeFs: FsOps = fsPromises

/** A file's content, whole or in pieces written one after another (a large file never in one string). */
export type FileContent = string | Uint8Array | Iterable<string>

/** Windows (EBUSY/EPERM/EACCES) refuses a rename while an indexer or antivirus holds the file. */
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_RETRIES = 5
const RENAME_BACKOFF_MS = 10

/** Platforms that cannot fsync a directory say so with one of these; the rename is still done. */
const REFUSED_DIR_SYNC_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF'])

const OWNER_ONLY_FOLDER = 0o700
const OWNER_ONLY_FILE = 0o600
const PERMISSION_BITS = 0o7777

/** A folder no one but its owner may enter: what Claimdesk writes inside is the owner's alone too. */
const isOwnerOnly = (mode: number): boolean => (mode & 0o077) === 0

async function modeOf(fs: FsOps, path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & PERMISSION_BITS
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

/** The mode of `path`, or of its nearest folder that exists (the one a new folder is made in). */
async function nearestExistingMode(fs: FsOps, path: string): Promise<number | undefined> {
  for (let folder = path; ; folder = dirname(folder)) {
    const mode = await modeOf(fs, folder)
    if (mode !== undefined || dirname(folder) === folder) return mode
  }
}

/** Makes a folder; inside an owner-only folder it is owner-only (0700), elsewhere the umask decides. */
export async function ensureDir(path: string, fs: FsOps = nodeFs): Promise<void> {
  const around = await nearestExistingMode(fs, path)
  const mode = around !== undefined && isOwnerOnly(around) ? OWNER_ONLY_FOLDER : undefined
  await fs.mkdir(path, { recursive: true, ...(mode === undefined ? {} : { mode }) })
}

/** One of the app's own data folders: made, or tightened if it exists, so only its owner may enter. */
export async function ensureOwnerOnlyDir(path: string, fs: FsOps = nodeFs): Promise<void> {
  await fs.mkdir(path, { recursive: true, mode: OWNER_ONLY_FOLDER })
  await fs.chmod(path, OWNER_ONLY_FOLDER)
}

/**
 * The mode a rewritten file keeps: the one it has; a new file in an owner-only folder gets 0600;
 * any other new file is left to the umask (undefined).
 */
async function modeForWrite(fs: FsOps, target: string): Promise<number | undefined> {
  const current = await modeOf(fs, target)
  if (current !== undefined) return current
  const folder = await modeOf(fs, dirname(target))
  return folder !== undefined && isOwnerOnly(folder) ? OWNER_ONLY_FILE : undefined
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

async function writeSyncedFile(
  fs: FsOps,
  path: string,
  content: FileContent,
  mode: number | undefined,
) {
  const handle = await fs.open(path, 'wx', mode)
  try {
    // The umask may have taken bits the replaced file had (group write); they are put back.
    if (mode !== undefined) await handle.chmod(mode)
    if (typeof content === 'string' || content instanceof Uint8Array)
      await fs.writeFile(handle, content)
    else for (const chunk of content) await fs.writeFile(handle, chunk)
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
 * never a mix: temp file → fsync → rename → fsync the folder. The file keeps its mode.
 */
export async function writeFileAtomic(
  fs: FsOps,
  target: string,
  content: FileContent,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target)
  const mode = await modeForWrite(fs, target)
  try {
    await writeSyncedFile(fs, temp, content, mode)
    await options.beforeReplace?.()
    await renameWithRetry(fs, temp, target)
  } catch (error) {
    await removeQuietly(fs, temp)
    throw error
  }
  await syncDirectory(fs, dirname(target))
}
