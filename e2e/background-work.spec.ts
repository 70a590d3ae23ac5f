import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'
import type { Locator } from '@playwright/test'

/** Work done in the background on a machine that may be busy: waited for, never timed. */
const LONG_WORK = { timeout: 60_000 }

/** `count` small articles in a folder of their own. */
async function writeArticles(folder: string, count: number): Promise<void> {
  await mkdir(folder, { recursive: true })
  for (let n = 0; n < count; n++) {
    const body = `Report number ${n} on the briefing.\n\n${'Officials counted the troops again. '.repeat(40)}`
    await writeFile(
      join(folder, `report-${String(n).padStart(4, '0')}.txt`),
      `Report ${n}\n\n${body}\n`,
    )
  }
}

/** `claimdesk import FOLDER` into the workspace the open app holds; resolves once it exits. */
function importWithCli(dataDir: string, folder: string): Promise<string> {
  const args = [
    resolve('out/main/cli.js'),
    'import',
    folder,
    '--workspace',
    join(dataDir, 'workspace'),
  ]
  return new Promise((done) =>
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (_error, stdout) =>
      done(stdout),
    ),
  )
}

test.describe('background work', () => {
  test.describe.configure({ timeout: 180_000 })
  /** A task's status line, found by its label: the search index's first build may show beside it. */
  const statusOf = (work: Locator, label: string) =>
    work.getByRole('status').filter({ hasText: label })

  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(
      testInfo.project.name !== 'web',
      'The CLI beside the app is driven from the browser host here; the desktop app gets the same progress events over IPC.',
    )
  })

  test('an import of many files shows its progress in the open desk until it is done', async ({
    desk,
    dataDir,
  }) => {
    const folder = join(dataDir, 'batch')
    await writeArticles(folder, 40)
    const imported = importWithCli(dataDir, folder)
    const work = desk.page.getByRole('region', { name: 'Background work' })
    await expect(statusOf(work, 'Importing 40 files')).toHaveText(
      'Importing 40 files: done',
      LONG_WORK,
    )
    expect(await imported).toContain('imported\treport-0039.txt')
    await expect(desk.articleButtons()).toHaveCount(43, LONG_WORK)
  })

  test('a long import can be cancelled from the desk: what was added stays, the rest is listed', async ({
    desk,
    dataDir,
  }) => {
    const folder = join(dataDir, 'batch')
    await writeArticles(folder, 1000)
    const imported = importWithCli(dataDir, folder)
    const work = desk.page.getByRole('region', { name: 'Background work' })
    await expect(work.getByRole('progressbar', { name: 'Importing 1,000 files' })).toBeVisible()
    const status = statusOf(work, 'Importing 1,000 files')
    await expect(status).toHaveText(/Importing 1,000 files: \d+ of 1000/)
    await work.getByRole('button', { name: 'Cancel' }).click()
    await expect(status).toContainText('Importing 1,000 files: cancelled', LONG_WORK)
    expect(await imported).toContain('The import was cancelled before this file.')
    await expect(desk.articleButtons().first()).toBeVisible()
    expect(await desk.articleButtons().count()).toBeLessThan(1003)
  })

  test('comparing the outlets runs as background work the desk shows', async ({ desk }) => {
    // The shortcut is heard once the desk is drawn: its toolbar is there.
    await expect(desk.page.getByRole('toolbar', { name: 'Workspace commands' })).toBeVisible()
    await desk.page.keyboard.press('ControlOrMeta+Shift+d')
    await expect(desk.page.getByRole('main', { name: /Discrepancies/ })).toBeVisible()
    const work = desk.page.getByRole('region', { name: 'Background work' })
    await expect(statusOf(work, 'Comparing the articles')).toHaveText(
      'Comparing the articles: done',
      LONG_WORK,
    )
  })
})
