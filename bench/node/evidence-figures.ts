import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { openWorkspace } from '../../src/main/core/open-workspace'
import { workerScriptsFor } from '../../src/main/core/threads/worker-scripts'
import { dispatch } from '../../src/shared/dispatch'
import type { EvidencePackageFile } from '../../src/shared/evidence-model'
import { generatedPage, seedEvidenceWorkspace } from '../data/seed-evidence'
import { figureOf, type Figure } from '../results'
import { median } from '../stats'
import { probed, readProbe } from './process-probe'
import { withLongestBlock } from './save-figures'

const CLI_ENTRY = resolve('out/main/cli.js')
const SAMPLES_DIR = resolve('resources/samples')
const PAGE_BYTES = 1_000_000
const SNAPSHOTS = 500

type ArchiveRun = { ms: number; blockMs: number }

/** Serves one page; `onRequest` hears of each request as it arrives, before the page is sent. */
async function servePage(page: string, onRequest: () => void) {
  const server: Server = createServer((_request, response) => {
    onRequest()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/troops`
  return { url, close: () => new Promise((done) => server.close(done)) }
}

/**
 * `claimdesk archive URL --allow-private-network` in a process of its own with the probe in it.
 * The probe's window starts when the page is asked for (the CLI's start and the workspace's
 * opening are not archiving); the time runs from there to the CLI's "archived" line.
 */
async function archiveOnce(
  url: string,
  workspace: string,
  probeFile: string,
  server: { child?: number; askedAt?: number },
): Promise<ArchiveRun> {
  const probe = probed(probeFile)
  const child = spawn(
    process.execPath,
    [...probe.args, CLI_ENTRY, 'archive', url, '--workspace', workspace, '--allow-private-network'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...probe.env } },
  )
  server.child = child.pid
  server.askedAt = undefined
  let archivedAt = 0
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk
    if (!archivedAt && output.includes('archived ')) archivedAt = performance.now()
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0 || !archivedAt || server.askedAt === undefined)
    throw new Error(`claimdesk archive exited with ${code}:\n${output.slice(-2000)}`)
  return { ms: archivedAt - server.askedAt, blockMs: (await readProbe(probeFile)).longestBlockMs }
}

/** A generated 1 MB page (seed 17) archived `runs` times by the CLI from a loopback server. */
async function archiveFigures(workDir: string, runs: number): Promise<Figure[]> {
  const page = generatedPage(SAMPLES_DIR, PAGE_BYTES, 17)
  const current: { child?: number; askedAt?: number } = {}
  const server = await servePage(page, () => {
    current.askedAt = performance.now()
    if (current.child) process.kill(current.child, 'SIGUSR2')
  })
  const workspace = join(workDir, 'archive-workspace')
  const results: ArchiveRun[] = []
  try {
    for (let run = 0; run < runs; run++)
      results.push(
        await archiveOnce(server.url, workspace, join(workDir, 'archive-probe.json'), current),
      )
  } finally {
    await server.close()
  }
  const size = `${(Buffer.byteLength(page) / 1e6).toFixed(2)} MB page`
  return [
    figureOf(
      'Archive a 1 MB page: asked for → archived',
      results.map((r) => r.ms),
      'ms',
      { text: '≤ 1 s (ours)', median: 1000 },
      `${size}, by \`claimdesk archive\` from a loopback server`,
    ),
    figureOf(
      'Archive a 1 MB page: event loop blocked',
      results.map((r) => r.blockMs),
      'ms',
      { text: '≤ 20 ms', median: 20 },
    ),
  ]
}

/** The package built by the real reports.exportEvidence call, as File → Export evidence package… builds it. */
async function packageFigures(workDir: string, runs: number): Promise<Figure[]> {
  const dataDir = join(workDir, 'evidence')
  await seedEvidenceWorkspace(dataDir, SAMPLES_DIR, SNAPSHOTS)
  // With the app's worker threads, as the desk builds it; the search index caught up first.
  const workers = workerScriptsFor(pathToFileURL(resolve('out/main/host.js')).href)
  if (!workers) throw new Error('out/main has no worker scripts: build the app first')
  const workspace = await openWorkspace(join(dataDir, 'workspace'), { fileWatch: null, workers })
  await dispatch(workspace.handlers, 'search.query', { query: 'troops' })
  const times: number[] = []
  const blocks: number[] = []
  const sizes: number[] = []
  try {
    for (let run = 0; run <= runs; run++) {
      const last: { file?: EvidencePackageFile; ms: number } = { ms: 0 }
      const blockMs = await withLongestBlock(async () => {
        const started = performance.now()
        const result = await dispatch(workspace.handlers, 'reports.exportEvidence', {})
        if (!result.ok) throw new Error(`reports.exportEvidence: ${result.message}`)
        last.ms = performance.now() - started
        last.file = result.value as EvidencePackageFile
      })
      if (!last.file) throw new Error('reports.exportEvidence answered nothing')
      const { manifest, base64 } = last.file
      const warcs = manifest.files.filter((file) => file.path.endsWith('.warc.gz')).length
      if (warcs !== SNAPSHOTS)
        throw new Error(`the package holds ${warcs} archived copies, not ${SNAPSHOTS}`)
      // The first build is a warm-up: the report's sections are written once, then kept.
      if (run === 0) continue
      times.push(last.ms)
      blocks.push(blockMs)
      sizes.push(Buffer.byteLength(base64, 'base64') / 1e6)
    }
  } finally {
    await workspace.close()
  }
  const name = 'Evidence package of 5,000 claims with 500 snapshots'
  return [
    figureOf(
      `${name}: build`,
      times,
      'ms',
      { text: '≤ 2 s (ours)', median: 2000 },
      `zip of ${median(sizes).toFixed(1)} MB`,
    ),
    figureOf(`${name}: event loop blocked`, blocks, 'ms', { text: '≤ 20 ms', median: 20 }),
  ]
}

/** Archiving a big page and packaging a workspace's evidence. */
export async function evidenceFigures(workDir: string, runs: number): Promise<Figure[]> {
  return [...(await archiveFigures(workDir, runs)), ...(await packageFigures(workDir, runs))]
}
