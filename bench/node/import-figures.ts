import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { probed, readProbe, type ProbeReport } from './process-probe'

const CLI_ENTRY = resolve('out/main/cli.js')

const PROGRESS = /: \d+ of \d+ \(/

export type ImportRun = { seconds: number; imported: number; probe: ProbeReport }

/**
 * `claimdesk import <folder> --workspace <new dir>` in a process of its own, as a user runs it,
 * with the probe in that process: the wall time, the longest block of its event loop once the
 * import has begun (and before, at startup), its peak RSS.
 */
export async function importByCli(sourcesDir: string, workDir: string): Promise<ImportRun> {
  const runDir = await mkdtemp(join(workDir, 'cli-import-'))
  const probeFile = join(runDir, 'probe.json')
  const probe = probed(probeFile)
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [...probe.args, CLI_ENTRY, 'import', sourcesDir, '--workspace', join(runDir, 'workspace')],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...probe.env } },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    // The first progress line says the workspace is open and the import has begun: the probe's
    // window starts there, and what came before is reported as startup.
    if (!PROGRESS.test(stderr) && PROGRESS.test(chunk)) child.kill('SIGUSR2')
    stderr += chunk
  })
  const [code] = (await once(child, 'exit')) as [number | null]
  const seconds = (performance.now() - started) / 1000
  try {
    if (code !== 0) throw new Error(`claimdesk import exited with ${code}:\n${stderr.slice(-2000)}`)
    const imported = stdout.split('\n').filter((line) => line.startsWith('imported\t')).length
    return { seconds, imported, probe: await readProbe(probeFile) }
  } finally {
    await rm(runDir, { recursive: true, force: true })
  }
}
