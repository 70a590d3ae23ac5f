import { inflateRawSync } from 'node:zlib'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
/** The end record is 22 bytes plus a comment of at most 64 KB, at the very end of the archive. */
const END_SEARCH = 22 + 0xffff
const STORED = 0
const DEFLATED = 8
const ZIP64 = 0xffffffff

export type ZipSize =
  | { status: 'damaged' }
  | { status: 'too-large'; declaredBytes?: number }
  | { status: 'ok'; bytes: number }

type Entry = { method: number; packed: number; declared: number; localOffset: number }

function directoryOf(bytes: Uint8Array, view: DataView): Entry[] | undefined {
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  const entries: Entry[] = []
  let at = view.getUint32(end + 16, true)
  for (let count = view.getUint16(end + 10, true); count > 0; count--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined
    entries.push({
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    })
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Unpacks one entry to count its bytes, giving up past `budget`; undefined when it is damaged. */
function unpackedSize(entry: Entry, bytes: Uint8Array, view: DataView, budget: number) {
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return undefined
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.packed)
  if (entry.method === STORED) return data.length
  if (entry.method !== DEFLATED) return undefined
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? budget + 1 : undefined
  }
}

/**
 * How much a ZIP archive (a .docx) unpacks to, refusing past `limit` bytes. The central directory
 * is read first; since it can lie, every entry is then unpacked for real, never past the limit.
 */
export function unpackedZipSize(bytes: Uint8Array, limit: number): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = directoryOf(bytes, view)
  if (!entries) return { status: 'damaged' }
  if (entries.some((entry) => entry.declared === ZIP64 || entry.packed === ZIP64))
    return { status: 'too-large' }
  const declaredBytes = entries.reduce((sum, entry) => sum + entry.declared, 0)
  if (declaredBytes > limit) return { status: 'too-large', declaredBytes }
  let total = 0
  for (const entry of entries) {
    const size = unpackedSize(entry, bytes, view, limit - total)
    if (size === undefined) return { status: 'damaged' }
    total += size
    if (total > limit) return { status: 'too-large' }
  }
  return { status: 'ok', bytes: total }
}
