import type { z } from 'zod'
import { nestingDepth } from '../../../shared/nesting-depth'
import { nodeFs, writeFileAtomic } from './atomic-write'
import { decodeEnvelope, MAX_STORED_DEPTH, serialiseEnvelope } from './envelope'
import { readIfExists } from './file-recovery'
import { describeFsError } from './fs-errors'
import { migrateData, type Migration } from './migrate-data'

/** What a repair made of a file's data, and one line for each thing it had to leave out. */
export type Repair = { data: unknown; problems: string[] }

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why `value` cannot be stored as `schema`, or undefined when it can; never exhausts the stack. */
export function rejection(schema: z.ZodType, value: unknown): string | undefined {
  if (nestingDepth(value, MAX_STORED_DEPTH) > MAX_STORED_DEPTH) {
    return `it nests more than ${MAX_STORED_DEPTH} levels deep`
  }
  const checked = schema.safeParse(value)
  return checked.success ? undefined : describeIssues(checked.error)
}

/** A name for an entry in a notice: its id when it has a plausible one, else its position. */
function entryLabel(entry: unknown, index: number): string {
  const id = isRecord(entry) ? entry.id : undefined
  return typeof id === 'string' && id.length <= 64 ? JSON.stringify(id) : `number ${index + 1}`
}

/** The items `schema` accepts; each one it refuses becomes a line in `problems`. */
export function keepValid(
  items: unknown[],
  schema: z.ZodType,
  what: string,
  problems: string[],
): unknown[] {
  return items.filter((item, index) => {
    const reason = rejection(schema, item)
    if (reason) problems.push(`${what} ${entryLabel(item, index)} (${reason})`)
    return !reason
  })
}

async function freePath(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`
    if (!(await readIfExists(nodeFs, candidate))) return candidate
  }
}

type SalvageOptions = {
  schema: z.ZodType
  schemaVersion: number
  /** How an older format's data becomes this one's, so an older file's bad entries are salvaged too. */
  migrations?: readonly Migration[]
  repair: (data: unknown) => Repair | undefined
  onNotice: (message: string) => void
}

/** The file's data in the current format, or undefined when it is newer or cannot be brought up to date. */
function currentData(
  envelope: { schemaVersion: number; data: unknown },
  options: SalvageOptions,
): unknown {
  const { schemaVersion, data } = envelope
  if (schemaVersion === options.schemaVersion) return data
  if (schemaVersion > options.schemaVersion || !options.migrations) return undefined
  try {
    return migrateData(options.migrations, schemaVersion, options.schemaVersion, data)
  } catch {
    // The store's own upgrade says what went wrong, and leaves the file alone.
    return undefined
  }
}

/**
 * A hand-edited store file with a few unusable entries: `repair` leaves them out, the file as it
 * was is kept byte for byte as `<file>.set-aside-<time>.json`, and the notice names each entry and
 * why, so one bad entry never costs the rest. A file `repair` cannot mend (not JSON, a newer
 * format, the wrong shape) is left to the store's own recovery. True when it rewrote the file.
 */
export async function salvageEntries(filePath: string, options: SalvageOptions): Promise<boolean> {
  const bytes = await readIfExists(nodeFs, filePath)
  if (!bytes) return false
  const decoded = decodeEnvelope(bytes)
  if (!decoded.ok) return false
  const data = currentData(decoded.envelope, options)
  if (data === undefined || !rejection(options.schema, data)) return false
  const repaired = options.repair(data)
  if (!repaired || repaired.problems.length === 0) return false
  if (rejection(options.schema, repaired.data)) return false
  const stamp = new Date().toISOString().replace(/:/g, '-')
  const asidePath = await freePath(`${filePath}.set-aside-${stamp}`)
  try {
    // The bytes as they were, never re-serialised: an entry too deep to check is too deep to stringify.
    await writeFileAtomic(nodeFs, asidePath, bytes)
    await writeFileAtomic(nodeFs, filePath, serialiseEnvelope(options.schemaVersion, repaired.data))
  } catch (error) {
    // The whole file then goes through the store's own recovery, which keeps it aside intact.
    options.onNotice(
      `${filePath} has unusable entries that could not be set aside: ${describeFsError(error)}.`,
    )
    return false
  }
  options.onNotice(
    `Some of ${filePath} could not be loaded and was set aside: ${repaired.problems.join('; ')}. ` +
      `Everything else in it loaded; the file as it was is kept at ${asidePath}.`,
  )
  return true
}
