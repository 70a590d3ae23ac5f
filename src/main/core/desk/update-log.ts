import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { open, readFile, rename } from 'node:fs/promises'
import * as Y from 'yjs'

const FRAME_HEADER = 4

/** Updates as frames: a 4-byte big-endian length, then the update. A torn last frame is dropped. */
function readFrames(bytes: Buffer): Uint8Array[] {
  const updates: Uint8Array[] = []
  let at = 0
  while (at + FRAME_HEADER <= bytes.length) {
    const length = bytes.readUInt32BE(at)
    if (at + FRAME_HEADER + length > bytes.length) break
    updates.push(bytes.subarray(at + FRAME_HEADER, at + FRAME_HEADER + length))
    at += FRAME_HEADER + length
  }
  return updates
}

const frameOf = (update: Uint8Array) => {
  const frame = Buffer.alloc(FRAME_HEADER + update.length)
  frame.writeUInt32BE(update.length, 0)
  frame.set(update, FRAME_HEADER)
  return frame
}

/**
 * One document's append-only log of Yjs updates. Each append is flushed to disk (fsync) before it
 * returns, synchronously, so the server acknowledges no update it could lose on a crash.
 */
export class UpdateLog {
  private constructor(
    private readonly path: string,
    private fd: number,
  ) {}

  /** Reads the log, merges its updates into one (compacting the file), and opens it for appends. */
  static async open(path: string): Promise<{ log: UpdateLog; state: Uint8Array | null }> {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0)
      throw error
    })
    const updates = readFrames(bytes)
    const state = updates.length > 0 ? Y.mergeUpdates(updates) : null
    if (state && updates.length > 1) await replaceWith(path, frameOf(state))
    return { log: new UpdateLog(path, openSync(path, 'a', 0o600)), state }
  }

  append(update: Uint8Array): void {
    writeSync(this.fd, frameOf(update))
    fsyncSync(this.fd)
  }

  close(): void {
    closeSync(this.fd)
  }
}

async function replaceWith(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.compacting`
  const file = await open(temporary, 'w', 0o600)
  try {
    await file.writeFile(bytes)
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(temporary, path)
}
