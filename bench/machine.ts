import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'

export type Machine = {
  cpus: number
  cpuModel: string
  node: string
  chromium: string
  date: string
}

/** What the figures were measured on, so a reader can weigh them. */
export function describeMachine(chromium: string): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  return {
    cpus: availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  }
}
