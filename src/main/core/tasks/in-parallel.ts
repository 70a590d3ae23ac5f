import { cancelledError } from '../threads/worker-pool'

/**
 * Runs `work` on every item, at most `limit` at a time, in order of start; stops starting new
 * ones once `signal` aborts (and then rejects). Resolves with the results in the items' order.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      if (signal?.aborted) throw cancelledError()
      const index = next++
      results[index] = await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
  return results
}
