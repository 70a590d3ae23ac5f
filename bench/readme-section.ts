import { readFile, writeFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import type { Machine } from './machine'
import { markdownTable, type Figure } from './results'

const BEGIN = '<!-- bench:results -->'
const END = '<!-- /bench:results -->'

/** Replaces the results section of bench/README.md, leaving the hand-written notes around it. */
export async function writeReadmeSection(
  path: string,
  figures: readonly Figure[],
  machine: Machine,
): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => `# Benchmark\n\n${BEGIN}\n${END}\n`)
  const section = [
    BEGIN,
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.chromium}.`,
    '',
    markdownTable(figures),
    END,
  ].join('\n')
  const start = current.indexOf(BEGIN)
  const end = current.indexOf(END)
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length)
      : `${current}\n${section}\n`
  await writeFormatted(path, next)
}

/** Written as Prettier would, so `npm run lint` passes after a run. */
export async function writeFormatted(path: string, content: string): Promise<void> {
  await writeFile(path, await format(content, { ...(await resolveConfig(path)), filepath: path }))
}
