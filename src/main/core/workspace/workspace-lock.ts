import { randomBytes } from 'node:crypto'
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { ServiceError } from '../../../shared/result'
import { ensureDir } from '../store/atomic-write'
import { STORE_FOLDER } from './workspace-file'

/** Who holds a workspace: a running app (with the endpoint its CLI calls go to) or a CLI run. */
export const LockHolder = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  app: z.enum(['desktop app', 'browser host', 'command line']),
  /** Where the holder answers contract calls (loopback), with the secret they must carry. */
  endpoint: z.string().url().nullable(),
  secret: z.string().nullable(),
  nonce: z.string(),
  since: z.iso.datetime(),
})
export type LockHolder = z.infer<typeof LockHolder>

export type LockClaim = Pick<LockHolder, 'app' | 'endpoint' | 'secret'>

export const lockPath = (folder: string) => join(folder, STORE_FOLDER, 'lock.json')

/** The workspace is held by another live process; `holder` says which, and where it listens. */
export class WorkspaceBusy extends ServiceError {
  constructor(readonly holder: LockHolder) {
    super(
      'conflict',
      `This workspace is open in the Claimdesk ${holder.app} (process ${holder.pid}` +
        `${holder.hostname === hostname() ? '' : ` on ${holder.hostname}`}).`,
    )
  }
}

/** Whether the holder still runs (one on another machine is taken to). */
export function isHolderAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The holder named in the lock file, or null when there is none (or it cannot be read: a crash mid-write). */
export async function readLock(folder: string): Promise<LockHolder | null> {
  const text = await readFile(lockPath(folder), 'utf8').catch(() => null)
  if (text === null) return null
  try {
    return LockHolder.parse(JSON.parse(text))
  } catch {
    return null
  }
}

/** Writes the whole file first and links it into place, so nobody ever reads a half-written lock. */
async function createLock(path: string, holder: LockHolder): Promise<boolean> {
  const draft = `${path}.${holder.nonce}`
  await writeFile(draft, JSON.stringify(holder), { mode: 0o600 })
  try {
    await link(draft, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await unlink(draft).catch(() => undefined)
  }
}

/**
 * Moves a dead holder's lock aside. Two takers can race: each moves the file to a name of its own
 * and checks it moved the dead lock it saw; one that moved a fresh lock puts it back.
 */
async function takeOverStale(path: string, stale: LockHolder | null): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readFile(aside, 'utf8').catch(() => '')
  const isStale =
    stale === null ? !LockHolder.safeParse(safeJson(moved)).success : moved.includes(stale.nonce)
  if (!isStale) await link(aside, path).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One process writes a workspace's store at a time. The holder is named in `.claimdesk/lock.json`
 * (readable by the user only, as it carries the secret for calls); a lock left by a process that
 * died is taken over.
 */
export class WorkspaceLock {
  private constructor(
    private readonly folder: string,
    readonly holder: LockHolder,
  ) {}

  /** Takes the lock, waiting up to `waitMs` for a live holder to let go; throws WorkspaceBusy otherwise. */
  static async acquire(folder: string, claim: LockClaim, waitMs = 0): Promise<WorkspaceLock> {
    await ensureDir(join(folder, STORE_FOLDER))
    const path = lockPath(folder)
    const holder: LockHolder = {
      ...claim,
      pid: process.pid,
      hostname: hostname(),
      nonce: randomBytes(12).toString('base64url'),
      since: new Date().toISOString(),
    }
    const deadline = Date.now() + waitMs
    for (;;) {
      if (await createLock(path, holder)) return new WorkspaceLock(folder, holder)
      const current = await readLock(folder)
      if (current && isHolderAlive(current)) {
        if (Date.now() >= deadline) throw new WorkspaceBusy(current)
        await pause(100)
      } else await takeOverStale(path, current)
    }
  }

  /** Lets go, unless the lock has meanwhile been taken over (this process was thought dead). */
  async release(): Promise<void> {
    const current = await readLock(this.folder)
    if (current?.nonce === this.holder.nonce)
      await unlink(lockPath(this.folder)).catch(() => undefined)
  }
}
