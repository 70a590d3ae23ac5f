/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}

/** The nearest-rank 95th percentile. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN
}

/** Runs `measure` `runs` times one after another and returns every result. */
export async function repeat(
  runs: number,
  measure: (run: number) => Promise<number>,
): Promise<number[]> {
  const results: number[] = []
  for (let run = 0; run < runs; run++) results.push(await measure(run))
  return results
}
