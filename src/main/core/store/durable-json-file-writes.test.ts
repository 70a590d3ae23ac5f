import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { nodeFs, type FsOps } from './atomic-write'
import { DurableJsonFile } from './durable-json-file'
import { serialiseEnvelope } from './envelope'

const Notes = z.object({ notes: z.array(z.string()) })
type Notes = z.infer<typeof Notes>

let dir: string
let target: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'))
  target = join(dir, 'notes.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const openNotes = (fs?: FsOps) =>
  new DurableJsonFile<Notes>(target, { schema: Notes, schemaVersion: 1, fs })

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const tempFiles = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'))
const notesOnDisk = (): string[] => JSON.parse(readFileSync(target, 'utf8')).data.notes

/** Real file operations, except that renames onto the target fail `times` times with `code`. */
function failingRenames(code: string, times: number) {
  const calls = { failed: 0 }
  const fs: FsOps = {
    ...nodeFs,
    rename: async (from, to) => {
      if (to === target && calls.failed < times) {
        calls.failed++
        throw fsError(code)
      }
      return nodeFs.rename(from, to)
    },
  }
  return { fs, calls }
}

/** Real file operations, except that a refused write stops after 10 bytes: the disk is full. */
function fillingDisk(refuses: (content: Buffer) => boolean): FsOps {
  return {
    ...nodeFs,
    writeFile: async (handle, data) => {
      const content = Buffer.from(data)
      if (!refuses(content)) return nodeFs.writeFile(handle, data)
      await handle.write(content.subarray(0, 10))
      throw fsError('ENOSPC')
    },
  }
}

describe('DurableJsonFile write failures', () => {
  it('retries a rename refused with EPERM, then succeeds', async () => {
    const { fs, calls } = failingRenames('EPERM', 2)
    await openNotes(fs).write({ notes: ['saved despite the antivirus'] })
    expect(calls.failed).toBe(2)
    expect(notesOnDisk()).toEqual(['saved despite the antivirus'])
    expect(await tempFiles()).toEqual([])
  })

  it('gives up after five retries with a clear error, leaving the previous file', async () => {
    await writeFile(target, serialiseEnvelope(1, { notes: ['previous'] }))
    const { fs, calls } = failingRenames('EBUSY', Infinity)
    await expect(openNotes(fs).write({ notes: ['lost?'] })).rejects.toThrow(
      `Could not save ${target}: another program is using the file (EBUSY). Your changes are kept in memory`,
    )
    expect(calls.failed).toBe(6)
    expect(notesOnDisk()).toEqual(['previous'])
    expect(await tempFiles()).toEqual([])
  })

  it('keeps the previous file on a full disk and saves the latest data once there is room', async () => {
    const previous = serialiseEnvelope(1, { notes: ['previous'] })
    await writeFile(target, previous)
    let isDiskFull = true
    const db = new Low(openNotes(fillingDisk(() => isDiskFull)), { notes: [] })
    await db.read()

    db.data.notes.push('typed while the disk was full')
    await expect(db.write()).rejects.toThrow(
      `Could not save ${target}: disk is full (ENOSPC). Your changes are kept in memory and will be saved on the next successful write.`,
    )
    expect(await readFile(target, 'utf8')).toBe(previous)
    expect(await tempFiles()).toEqual([])

    isDiskFull = false
    db.data.notes.push('typed after freeing space')
    await db.write()
    expect(notesOnDisk()).toEqual([
      'previous',
      'typed while the disk was full',
      'typed after freeing space',
    ])
  })

  it('refuses data that does not match the schema, so it never writes a file it would reject', async () => {
    await writeFile(target, serialiseEnvelope(1, { notes: ['previous'] }))
    const file = openNotes()
    await expect(file.write({ notes: [42] } as unknown as Notes)).rejects.toThrow(
      /does not match its format \(notes\.0: .*\)/,
    )
    expect(notesOnDisk()).toEqual(['previous'])
  })
})

describe('DurableJsonFile coalescing', () => {
  it('folds 100 unawaited writes into a few, each acknowledged only once its data is on disk', async () => {
    const file = openNotes()
    const notes: string[] = []
    const acknowledged = Array.from({ length: 100 }, (_, index) => {
      notes.push(`claim ${index}`)
      return file.write({ notes: [...notes] }).then(() => {
        expect(notesOnDisk().length).toBeGreaterThanOrEqual(index + 1)
      })
    })
    await Promise.all(acknowledged)
    expect(file.writeCount).toBeLessThanOrEqual(3)
    expect(notesOnDisk()).toEqual(notes)
    expect(await tempFiles()).toEqual([])
  })

  it('flush waits for the latest data', async () => {
    const file = openNotes()
    void file.write({ notes: ['one'] })
    void file.write({ notes: ['two'] })
    void file.write({ notes: ['three'] })
    await file.flush()
    expect(notesOnDisk()).toEqual(['three'])
  })

  it('rejects every caller folded into a failed write, and the next write still works', async () => {
    let isDiskFull = true
    const isFolded = (content: Buffer) => /"(second|third)"/.test(content.toString())
    const file = openNotes(fillingDisk((content) => isDiskFull && isFolded(content)))
    const first = file.write({ notes: ['first'] })
    const folded = [file.write({ notes: ['second'] }), file.write({ notes: ['third'] })]
    await first
    const outcomes = await Promise.allSettled(folded)
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected'])
    await expect(file.flush()).rejects.toThrow(/disk is full/)

    isDiskFull = false
    await file.write({ notes: ['fourth'] })
    await file.flush()
    expect(notesOnDisk()).toEqual(['fourth'])
    expect(file.writeCount).toBe(2)
  })
})
