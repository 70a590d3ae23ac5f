import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { startHostProcess, type RunningHost } from '../../e2e/support/host-process'
import { paintedAt } from './in-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const QUOTE = 'some 8,000 North Korean soldiers'

/** A call as another window makes it: its own client id, the page's token. */
async function callAsOtherWindow(host: RunningHost, name: string, input: unknown) {
  const response = await fetch(`${host.origin}/rpc/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Claimdesk-Token': host.token,
      'X-Claimdesk-Client': 'bench-other-window',
    },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: boolean; value: unknown; message?: string }
  if (!result.ok) throw new Error(`${name}: ${result.message}`)
  return result.value
}

/**
 * A claim's verdict changed by another window → the new verdict painted in this tab, which shows
 * the article: both ends read the same wall clock, and the tab watches every frame. The change
 * travels as the app's own does: a call, a change event, a Server-Sent Event, a reload of the
 * article's claims. The page needs installProbes.
 */
export async function changeInOtherWindow(page: Page, runs: number): Promise<number[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-live-'))
  const host = await startHostProcess(dataDir)
  try {
    await page.goto(host.url)
    await page.getByRole('button', { name: ARTICLE }).click()
    await page.getByRole('textbox', { name: /^Text of/ }).waitFor()
    const [article] = (await callAsOtherWindow(host, 'articles.list', {})) as { id: string }[]
    const { text } = (await callAsOtherWindow(host, 'articles.get', {
      articleId: article!.id,
    })) as { text: string }
    const articleId = article!.id
    const start = text.indexOf(QUOTE)
    const range = { articleId, start, end: start + QUOTE.length }
    const claim = (await callAsOtherWindow(host, 'claims.create', range)) as { id: string }
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const [verdictId, label] = run % 2 === 0 ? ['false', 'False'] : ['true', 'True']
      const painted = paintedAt(page, `mark[title^="Claim: ${label}"]`)
      // Were the change to fail, the watch must not outlive the page unheard.
      painted.catch(() => undefined)
      await page.waitForTimeout(100)
      const sentAt = performance.timeOrigin + performance.now()
      const patch = { verdictId }
      await callAsOtherWindow(host, 'claims.update', { articleId, claimId: claim.id, patch })
      times.push((await painted) - sentAt)
    }
    return times
  } finally {
    await host.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
