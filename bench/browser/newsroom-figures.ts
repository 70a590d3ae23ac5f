import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from '@playwright/test'
import { TOKEN_HEADER } from '../../src/shared/host-access'
import { startHostProcess, type RunningHost } from '../../e2e/support/host-process'
import { probed, readProbe, type ProbeReport } from '../node/process-probe'

/** Realistic searches: words, a phrase, a prefix, a claimant. */
export const NEWSROOM_QUERIES = [
  'troops Kursk',
  'North Korean soldiers',
  '"the night desk filed dispatch 873"',
  'deploy',
  'intelli',
  'Peskov',
  'Zelensky sanctions',
  '"started attacking"',
]

type Answer = { ms: number; ok: boolean; message?: string; value?: unknown }

/** One call through the host's HTTP contract from the page, as the renderer makes it, timed there. */
function callFromPage(
  page: Page,
  host: RunningHost,
  name: string,
  input: unknown,
): Promise<Answer> {
  return page.evaluate(
    async ({ name, input, token, header }) => {
      const started = performance.now()
      const response = await fetch(`/rpc/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: token },
        body: JSON.stringify(input),
      })
      const result = (await response.json()) as { ok: boolean; message?: string; value?: unknown }
      return { ms: performance.now() - started, ...result }
    },
    { name, input, token: host.token, header: TOKEN_HEADER },
  )
}

async function answered<T>(page: Page, host: RunningHost, name: string, input: unknown) {
  const answer = await callFromPage(page, host, name, input)
  if (!answer.ok) throw new Error(`${name}: ${answer.message}`)
  return { ms: answer.ms, value: answer.value as T }
}

const sizeOf = async (path: string): Promise<number> => {
  const info = await stat(path).catch(() => null)
  if (!info) return 0
  if (!info.isDirectory()) return info.size
  const names = await readdir(path)
  let total = 0
  for (const name of names) total += await sizeOf(join(path, name))
  return total
}

const rssOf = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1])
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}

export type NewsroomHostRun = {
  searches: number[]
  firstAnalysis: { ms: number; probe: ProbeReport; total: number }
  firstPages: number[]
  indexMb: number
  analysesMb: number
  rss: { rssMb: number; peakMb: number }
}

/**
 * In one browser host on the workspace (the probe in its process): waits for the search index,
 * times searches, then the first comparison of every article (its analyses deleted before), then
 * the discrepancies' first page; reads the index's size on disk and the host's RSS.
 */
export async function newsroomHost(page: Page, dataDir: string, runs: number) {
  const store = join(dataDir, 'workspace', '.claimdesk')
  await rm(join(store, 'analysis'), { recursive: true, force: true })
  const probeFile = join(dataDir, 'host-probe.json')
  const host = await startHostProcess(dataDir, [], probed(probeFile))
  try {
    await page.goto(host.url)
    await page.locator('.article-list li button').first().waitFor({ timeout: 60_000 })
    for (let ready = false; !ready; await sleep(ready ? 0 : 1_000)) {
      const found = await answered<{ isIndexing: boolean }>(page, host, 'search.query', {
        query: 'Kursk',
      })
      ready = !found.value.isIndexing
    }
    const searches: number[] = []
    for (let run = 0; run < runs; run++)
      for (const query of NEWSROOM_QUERIES)
        searches.push((await answered(page, host, 'search.query', { query })).ms)
    process.kill(host.pid, 'SIGUSR2')
    await sleep(500)
    const page0 = { offset: 0, limit: 50 }
    const first = await answered<{ total: number }>(page, host, 'compare.discrepancyPage', page0)
    await sleep(500)
    const probe = await readProbe(probeFile)
    const firstPages: number[] = []
    for (let run = 0; run < runs; run++)
      firstPages.push((await answered(page, host, 'compare.discrepancyPage', page0)).ms)
    return {
      searches,
      firstAnalysis: { ms: first.ms, probe, total: first.value.total },
      firstPages,
      indexMb: (await sizeOf(join(store, 'search-index.json'))) / 1e6,
      analysesMb: (await sizeOf(join(store, 'analysis'))) / 1e6,
      rss: await rssOf(host.pid),
    } satisfies NewsroomHostRun
  } finally {
    await page.goto('about:blank')
    await host.stop()
  }
}
