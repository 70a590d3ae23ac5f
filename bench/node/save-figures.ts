import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openWorkspace } from '../../src/main/core/open-workspace'
import { dispatch } from '../../src/shared/dispatch'
import type { Claim } from '../../src/shared/claim-model'

export type SaveRun = { blocked: number; onDisk: number }

/**
 * Runs `work` while a setImmediate loop notes the longest gap between two turns of the event
 * loop: the longest time nothing else (another call, an IPC message) could have run.
 */
export async function withLongestBlock(work: () => Promise<void>): Promise<number> {
  let longest = 0
  let last = performance.now()
  let isDone = false
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (!isDone) setImmediate(tick)
  }
  setImmediate(tick)
  last = performance.now()
  await work()
  isDone = true
  longest = Math.max(longest, performance.now() - last)
  return longest
}

/**
 * Saves one change (a claim's status) in a big workspace through the real services, on articles
 * spread through it, each already opened once as the renderer would have.
 */
export async function saveOneChange(dataDir: string, runs: number): Promise<SaveRun[]> {
  const workspace = await openWorkspace(join(dataDir, 'workspace'), { fileWatch: null })
  const { handlers } = workspace
  const articles = await handlers['articles.list']({})
  const results: SaveRun[] = []
  for (let run = 0; run < runs; run++) {
    const entry = articles[(run * 37) % articles.length]
    if (!entry) throw new Error('the workspace has no articles')
    const listed = await dispatch(handlers, 'claims.list', { articleId: entry.id })
    if (!listed.ok) throw new Error(listed.message)
    const claim = (listed.value as Claim[])[run % 50]
    if (!claim) throw new Error(`${entry.title} has no claims`)
    let onDisk = 0
    const blocked = await withLongestBlock(async () => {
      const started = performance.now()
      const patch = { status: claim.status === 'checked' ? 'researching' : 'checked' } as const
      const saved = await dispatch(handlers, 'claims.update', {
        articleId: entry.id,
        claimId: claim.id,
        patch,
      })
      if (!saved.ok) throw new Error(saved.message)
      onDisk = performance.now() - started
    })
    results.push({ blocked, onDisk })
  }
  await workspace.close()
  return results
}
