import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

/** The probe `node --import` loads into a measured process (see loop-and-memory-probe.mjs). */
export const PROBE_SCRIPT = resolve('bench/node/loop-and-memory-probe.mjs')

export type MemorySample = {
  at: number
  rss: number
  heapUsed: number
  external: number
  arrayBuffers: number
}

/** What the probe wrote last: the longest event-loop block and peak RSS of its window. */
export type ProbeReport = {
  longestBlockMs: number
  /** The longest block before the first window began (loading and opening), if one began. */
  startupBlockMs: number | null
  peakRssMb: number
  samples: MemorySample[]
}

/** The node arguments and environment that load the probe, writing to `file`. */
export const probed = (file: string) => ({
  args: ['--import', PROBE_SCRIPT],
  env: { CLAIMDESK_PROBE_FILE: file },
})

export async function readProbe(file: string): Promise<ProbeReport> {
  return JSON.parse(await readFile(file, 'utf8')) as ProbeReport
}

/** The memory at a few steps of the run, for the note: where it grew. */
export function memorySteps(report: ProbeReport, count = 5): string {
  const { samples } = report
  const picks = Array.from(
    { length: count },
    (_, n) => samples[Math.round((n * (samples.length - 1)) / (count - 1))],
  )
  return picks
    .filter((sample) => sample !== undefined)
    .map(
      (s) =>
        `${(s.at / 1000).toFixed(0)} s: RSS ${s.rss.toFixed(0)}, heap ${s.heapUsed.toFixed(0)}`,
    )
    .join('; ')
}
