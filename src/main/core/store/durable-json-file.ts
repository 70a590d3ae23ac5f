import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { nestingDepth } from '../../../shared/nesting-depth'
import { ServiceError } from '../../../shared/result'
import { ensureDir, nodeFs, writeFileAtomic, type FsOps } from './atomic-write'
import { CoalescingQueue } from './coalescing-queue'
import { MAX_STORED_DEPTH, serialiseEnvelope, type Envelope } from './envelope'
import {
  backupPathOf,
  inspectFile,
  keepVersionBackup,
  readIfExists,
  recoverDamagedFile,
  removeStaleTempFiles,
  type GoodFile,
} from './file-recovery'
import { describeFsError } from './fs-errors'
import { migrateData, type Migration } from './migrate-data'

export type { Migration }

export type DurableJsonFileOptions<T> = {
  schema: z.ZodType<T>
  /** The format version this build writes and fully understands. */
  schemaVersion: number
  migrations?: Migration[]
  /** Hears what the user should be told: recoveries, upgrades, read-only mode. */
  onNotice?: (message: string) => void
  /** Only for tests that must make a real file operation fail; defaults to node:fs/promises. */
  fs?: FsOps
  /**
   * How data is checked before each write; defaults to the schema in one go. A big file can check
   * in slices that yield to the event loop, so a save never blocks it for long.
   */
  checkBeforeWrite?: (data: T) => Promise<z.ZodSafeParseResult<T>>
  /**
   * Mends a file whose entries do not all fit the schema (see salvageEntries) before it is
   * treated as damaged; true when it rewrote the file, which is then read again. Asked only when
   * the file fails its check, so a sound file is read and checked once.
   */
  salvage?: () => Promise<boolean>
  /**
   * Removes the temp files a crashed write left beside this file; by default a listing of its
   * folder each read. A folder of many such files is better swept once for all of them.
   */
  sweepTempFiles?: () => Promise<unknown>
}

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')

const saveError = (path: string, error: unknown): ServiceError =>
  Object.assign(
    new ServiceError(
      'io-error',
      `Could not save ${path}: ${describeFsError(error)}. Your changes are kept in memory and will be saved on the next successful write.`,
    ),
    { cause: error },
  )

/**
 * A lowdb adapter that never loses an acknowledged write: atomic replace with fsync, one rotating
 * `.bak`, damaged files moved aside (never overwritten), format versions migrated or opened read-only.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private readOnly = false
  private physicalWrites = 0
  private readonly fs: FsOps
  private readonly queue = new CoalescingQueue<T>((data) => this.writeNow(data))
  /** The data of the envelope just checked on read, so open() need not check it a second time. */
  private checkedOnRead: { envelope: Envelope; data: T } | undefined

  constructor(
    readonly filePath: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {
    this.fs = options.fs ?? nodeFs
  }

  get isReadOnly(): boolean {
    return this.readOnly
  }

  /** Physical writes completed; coalescing keeps it far below the number of write() calls. */
  get writeCount(): number {
    return this.physicalWrites
  }

  async read(): Promise<T | null> {
    await (this.options.sweepTempFiles?.() ?? removeStaleTempFiles(this.fs, this.filePath))
    return this.readChecked(true)
  }

  /** The file's data; `mayMend`: salvage may be asked once, before the file counts as damaged. */
  private async readChecked(mayMend: boolean): Promise<T | null> {
    const describeInvalid = (envelope: Envelope) => this.describeInvalid(envelope)
    const file = await inspectFile(this.fs, this.filePath, describeInvalid)
    if (file.kind === 'damaged' && mayMend && (await this.salvaged()))
      return this.readChecked(false)
    if (file.kind === 'missing') return null
    if (file.kind === 'good') return this.open(file, mayMend)
    const recovery = await recoverDamagedFile(this.fs, this.filePath, file.reason, describeInvalid)
    this.notify(recovery.notice)
    return recovery.backup ? this.open(recovery.backup, false) : null
  }

  private async salvaged(): Promise<boolean> {
    return (await this.options.salvage?.()) ?? false
  }

  /** Resolves once data at least as new as `data` is durably on disk. */
  async write(data: T): Promise<void> {
    if (this.readOnly) {
      throw new ServiceError(
        'read-only',
        `Could not save ${this.filePath}: it was made by a newer Claimdesk and is open read-only, so it was left untouched. Update Claimdesk to save changes.`,
      )
    }
    return this.queue.push(data)
  }

  /** Resolves once the latest data passed to write() is on disk. */
  flush(): Promise<void> {
    return this.queue.settled()
  }

  private notify(message: string): void {
    this.options.onNotice?.(message)
  }

  /** Only a file in the current format can be judged here; older and newer ones are handled in open(). */
  private describeInvalid(envelope: Envelope): string | undefined {
    if (envelope.schemaVersion !== this.options.schemaVersion) return undefined
    const checked = this.check(envelope.data)
    if (checked.success) {
      this.checkedOnRead = { envelope, data: checked.data }
      return undefined
    }
    return `its content does not match the expected format: ${checked.reason}`
  }

  /** The schema's verdict on `data`, never deep enough in it to exhaust the stack. */
  private check(data: unknown): { success: true; data: T } | { success: false; reason: string } {
    if (nestingDepth(data, MAX_STORED_DEPTH) > MAX_STORED_DEPTH)
      return { success: false, reason: `it nests more than ${MAX_STORED_DEPTH} levels deep` }
    const checked = this.options.schema.safeParse(data)
    return checked.success ? checked : { success: false, reason: describeIssues(checked.error) }
  }

  private async open(file: GoodFile, mayMend: boolean): Promise<T | null> {
    if (file.hadBom) {
      this.notify(
        `The workspace file ${this.filePath} started with a byte-order mark (BOM), as some editors add; it was read normally and will be saved without it.`,
      )
    }
    const { schemaVersion, data } = file.envelope
    if (schemaVersion > this.options.schemaVersion) return this.openNewer(schemaVersion, data)
    if (schemaVersion < this.options.schemaVersion) return this.upgrade(file, mayMend)
    const checked =
      this.checkedOnRead?.envelope === file.envelope ? this.checkedOnRead.data : undefined
    this.checkedOnRead = undefined
    return checked ?? this.options.schema.parse(data)
  }

  private openNewer(version: number, data: unknown): T | null {
    this.readOnly = true
    const checked = this.options.schema.safeParse(data)
    const made = `The workspace file ${this.filePath} was made by a newer Claimdesk (format ${version}; this version knows up to ${this.options.schemaVersion}); opened read-only`
    if (!checked.success) {
      this.notify(`${made}, and this version cannot show its content. Update Claimdesk to open it.`)
      return null
    }
    this.notify(`${made}. Update Claimdesk to make changes.`)
    return checked.data
  }

  private async upgrade(file: GoodFile, mayMend: boolean): Promise<T | null> {
    const from = file.envelope.schemaVersion
    const upgraded = this.check(this.migrate(from, file.envelope.data))
    if (!upgraded.success) {
      if (mayMend && (await this.salvaged())) return this.readChecked(false)
      throw this.upgradeError(from, upgraded.reason)
    }
    const kept = await keepVersionBackup(this.fs, this.filePath, from, file.bytes)
    this.notify(
      `The workspace file ${this.filePath} was upgraded from format ${from} to ${this.options.schemaVersion}; the original is kept at ${kept}.`,
    )
    return upgraded.data
  }

  private migrate(from: number, data: unknown): unknown {
    try {
      return migrateData(this.options.migrations ?? [], from, this.options.schemaVersion, data)
    } catch (error) {
      throw this.upgradeError(from, (error as Error).message)
    }
  }

  /** A failed upgrade is a bug in this build, not damage: the file is left exactly as it was. */
  private upgradeError(from: number, detail: string): ServiceError {
    return new ServiceError(
      'internal',
      `Could not open ${this.filePath}: upgrading it from format ${from} to ${this.options.schemaVersion} failed (${detail}). The file was left as it was.`,
    )
  }

  private async writeNow(data: T): Promise<void> {
    const checked = this.options.checkBeforeWrite
      ? await this.options.checkBeforeWrite(data)
      : this.options.schema.safeParse(data)
    if (!checked.success) {
      const detail = describeIssues(checked.error)
      throw new ServiceError(
        'internal',
        `Could not save ${this.filePath}: the data does not match its format (${detail}). This is a bug in Claimdesk; your changes are kept in memory.`,
      )
    }
    const content = serialiseEnvelope(this.options.schemaVersion, data)
    try {
      await ensureDir(dirname(this.filePath), this.fs)
      await writeFileAtomic(this.fs, this.filePath, content, {
        beforeReplace: () => this.refreshBackup(),
      })
    } catch (error) {
      throw saveError(this.filePath, error)
    }
    this.physicalWrites++
  }

  /** The file about to be replaced becomes the one `.bak`, itself written atomically. */
  private async refreshBackup(): Promise<void> {
    const current = await readIfExists(this.fs, this.filePath)
    if (current) await writeFileAtomic(this.fs, backupPathOf(this.filePath), current)
  }
}
