import { open } from 'node:fs/promises'

const NEWLINE = 0x0a

/**
 * The lines of a UTF-8 file, read `chunkBytes` at a time, so a large file is never held whole
 * (only its longest line is). A last line without its newline is yielded too.
 */
export async function* fileLines(path: string, chunkBytes = 1 << 20): AsyncGenerator<string> {
  const file = await open(path, 'r')
  try {
    const chunk = Buffer.alloc(chunkBytes)
    let pending: Buffer[] = []
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, chunkBytes, null)
      if (bytesRead === 0) break
      const read = chunk.subarray(0, bytesRead)
      let from = 0
      for (let end = read.indexOf(NEWLINE); end !== -1; end = read.indexOf(NEWLINE, from)) {
        pending.push(read.subarray(from, end))
        yield Buffer.concat(pending).toString('utf8')
        pending = []
        from = end + 1
      }
      // The rest of the chunk is copied: the next read overwrites it.
      if (from < bytesRead) pending.push(Buffer.from(read.subarray(from)))
    }
    if (pending.length > 0) yield Buffer.concat(pending).toString('utf8')
  } finally {
    await file.close()
  }
}
