import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { startHostProcess } from '../../e2e/support/host-process'
import { paintedAt } from './in-page'

/** The article list's first row: the list is virtualised, so rows far down are never drawn. */
export const FIRST_ARTICLE_ROW = '.article-list li[data-index="0"] button'

/**
 * From starting the browser host on the workspace to its article list painted in the page (the
 * element `shown` selects there): both
 * ends read the same wall clock (Node's and the page's time origin plus their monotonic time), and
 * the page watches every frame, so no polling interval is counted. The page needs installProbes.
 */
export async function openWorkspace(page: Page, dataDir: string, shown: string): Promise<number> {
  const startedAt = performance.timeOrigin + performance.now()
  const host = await startHostProcess(dataDir)
  try {
    await page.goto(host.url, { waitUntil: 'commit' })
    const shownAt = await paintedAt(page, shown)
    return shownAt - startedAt
  } finally {
    await host.stop()
  }
}
