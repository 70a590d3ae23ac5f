import { cancelledError } from './worker-pool'

/** Values as JSON bytes, one buffer each, to be moved (not copied) to a worker thread. */
export type Packed = { parts: Uint8Array[]; transfer: ArrayBuffer[] }

/** How long packing may hold the thread before it lets other work through. */
const SLICE_MS = 8

/**
 * Encodes many values a few at a time, letting the event loop turn between slices, so that
 * handing a thousand articles to a worker never blocks the main thread for long.
 */
export async function pack(values: Iterable<unknown>, signal?: AbortSignal): Promise<Packed> {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  let sliceStart = performance.now()
  for (const value of values) {
    parts.push(encoder.encode(JSON.stringify(value)))
    if (performance.now() - sliceStart < SLICE_MS) continue
    await new Promise((resolve) => setImmediate(resolve))
    if (signal?.aborted) throw cancelledError()
    sliceStart = performance.now()
  }
  return { parts, transfer: parts.map((part) => part.buffer as ArrayBuffer) }
}

export function unpack<T>(parts: readonly Uint8Array[]): T[] {
  const decoder = new TextDecoder()
  return parts.map((part) => JSON.parse(decoder.decode(part)) as T)
}
