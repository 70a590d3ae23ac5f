import { basename, dirname, join } from 'node:path'
import { removeQuietly, renameWithRetry, writeFileAtomic, type FsOps } from './atomic-write'
import { decodeEnvelope, type Envelope } from './envelope'
import { describeFsError, errorCode } from './fs-errors'

export type GoodFile = { kind: 'good'; bytes: Buffer; envelope: Envelope; hadBom: boolean }
type Inspection = { kind: 'missing' } | { kind: 'damaged'; reason: string } | GoodFile

/** Says why an envelope's content is unusable, or nothing when it is fine. */
type DescribeInvalid = (envelope: Envelope) => string | undefined

type Recovery = { backup?: GoodFile; notice: string }

export const backupPathOf = (target: string): string => `${target}.bak`

/** Colons are not allowed in Windows file names. */
const fileNameTime = (date: Date): string => date.toISOString().replace(/:/g, '-')

const localTime = (date: Date): string =>
  `${date.toLocaleDateString('en-CA')} ${date.toTimeString().slice(0, 8)}`

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `<stem><ext>`, then `<stem>-2<ext>`, … so that a kept file is never overwritten. */
const numberedPath = (stem: string, ext: string, n: number): string =>
  n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`

async function exists(fs: FsOps, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

export async function readIfExists(fs: FsOps, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

export async function inspectFile(
  fs: FsOps,
  path: string,
  describeInvalid: DescribeInvalid,
): Promise<Inspection> {
  const bytes = await readIfExists(fs, path)
  if (!bytes) return { kind: 'missing' }
  const decoded = decodeEnvelope(bytes)
  if (!decoded.ok) return { kind: 'damaged', reason: decoded.reason }
  const invalid = describeInvalid(decoded.envelope)
  if (invalid) return { kind: 'damaged', reason: invalid }
  return { kind: 'good', bytes, envelope: decoded.envelope, hadBom: decoded.hadBom }
}

/** Moves a damaged file to `<name>.corrupt-<time>.json`, next to it; returns where it went. */
async function moveAside(fs: FsOps, path: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = numberedPath(`${path}.corrupt-${fileNameTime(new Date())}`, '.json', n)
    if (await exists(fs, candidate)) continue
    await renameWithRetry(fs, path, candidate)
    return candidate
  }
}

/** Keeps the bytes of a file as `<name>.v<version>.backup.json`, reusing an identical copy. */
export async function keepVersionBackup(
  fs: FsOps,
  target: string,
  version: number,
  bytes: Buffer,
): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = numberedPath(`${target}.v${version}.backup`, '.json', n)
    const existing = await readIfExists(fs, candidate)
    if (existing?.equals(bytes)) return candidate
    if (existing !== undefined) continue
    await writeFileAtomic(fs, candidate, bytes)
    return candidate
  }
}

/** The temp files in `folder` whose names `tempName` matches (its first group the writer's pid), but this process's. */
async function removeStaleIn(fs: FsOps, folder: string, tempName: RegExp): Promise<number> {
  const names = await fs.readdir(folder).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  })
  const stale = names.filter((name) => {
    const pid = tempName.exec(name)?.[1]
    return pid !== undefined && Number(pid) !== process.pid
  })
  await Promise.all(stale.map((name) => removeQuietly(fs, join(folder, name))))
  return stale.length
}

/** Temp files of writes that a crash cut short; the target still holds the last complete write. */
export function removeStaleTempFiles(fs: FsOps, target: string): Promise<number> {
  const tempName = new RegExp(
    `^\\.${escapeRegExp(basename(target))}(?:\\.bak)?\\.(\\d+)\\.\\w+\\.tmp$`,
  )
  return removeStaleIn(fs, dirname(target), tempName)
}

/** The same for every file of `folder` at once: one listing, however many files it holds. */
export const removeStaleTempFilesIn = (fs: FsOps, folder: string): Promise<number> =>
  removeStaleIn(fs, folder, /^\..+\.(\d+)\.\w+\.tmp$/)

/** Copies the good backup back in place, so a crash before the next save does not lose it. */
async function restoreBackup(fs: FsOps, target: string, bytes: Buffer): Promise<string> {
  try {
    await writeFileAtomic(fs, target, bytes)
    return ''
  } catch (error) {
    return ` It could not be copied back yet (${describeFsError(error)}); it will be saved with the next change.`
  }
}

/** The target is damaged: move it aside, then fall back on its backup if that one is good. */
export async function recoverDamagedFile(
  fs: FsOps,
  target: string,
  damage: string,
  describeInvalid: DescribeInvalid,
): Promise<Recovery> {
  const aside = await moveAside(fs, target)
  const damaged = `The workspace file ${target} was damaged (${damage}) and was moved aside to ${aside}`
  const backupPath = backupPathOf(target)
  const backup = await inspectFile(fs, backupPath, describeInvalid)
  if (backup.kind === 'good') {
    const savedAt = localTime((await fs.stat(backupPath)).mtime)
    const restoreNote = await restoreBackup(fs, target, backup.bytes)
    return { backup, notice: `${damaged}; restored from the backup of ${savedAt}.${restoreNote}` }
  }
  if (backup.kind === 'missing') {
    return { notice: `${damaged}; there was no backup to restore, so it starts afresh.` }
  }
  const backupAside = await moveAside(fs, backupPath)
  return {
    notice: `${damaged}; its backup was damaged too (${backup.reason}) and was moved aside to ${backupAside}, so it starts afresh.`,
  }
}
