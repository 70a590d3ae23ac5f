import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { startHostProcess } from '../../e2e/support/host-process'

/** From starting the browser host on the workspace to its article list shown in the page. */
export async function openWorkspace(
  page: Page,
  dataDir: string,
  articleCount: number,
): Promise<number> {
  const started = performance.now()
  const host = await startHostProcess(dataDir)
  try {
    await page.goto(host.url)
    await page.locator(`.article-list li:nth-child(${articleCount}) button`).waitFor()
    return performance.now() - started
  } finally {
    await host.stop()
  }
}
