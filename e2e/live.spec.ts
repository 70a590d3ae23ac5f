import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DeskPage } from './page-models/desk-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const OCTOBER = 'October 31'

/** What another window does reaches this one within a second, without a reload. */
const LIVE = { timeout: 1_000 }

test.describe('a live desk', () => {
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(
      testInfo.project.name !== 'web',
      'Two tabs and a CLI beside them are the browser host’s; the desktop app gets the same events over IPC (src/main/ipc.test.ts).',
    )
  })

  /** Two tabs of one browser host, each showing the same article. */
  async function twoTabs(page: Page, url: string): Promise<[DeskPage, DeskPage]> {
    const second = await page.context().newPage()
    await Promise.all([page.goto(url), second.goto(url)])
    const tabs: [DeskPage, DeskPage] = [new DeskPage(page), new DeskPage(second)]
    for (const tab of tabs) await tab.openArticle(ARTICLE)
    return tabs
  }

  test('a claim marked, rated and deleted in one tab shows in the other at once', async ({
    page,
    host,
  }) => {
    const [first, second] = await twoTabs(page, host.url)
    await first.markClaim(TROOPS)
    await expect(second.highlight(TROOPS)).toBeVisible(LIVE)
    await expect(second.claimItems()).toHaveCount(1, LIVE)
    // The first comparison of the articles (for Across outlets) runs once, on the main side.
    await expect(first.claimCard.getByRole('region', { name: 'Across outlets' })).not.toContainText(
      'looking',
      { timeout: 15_000 },
    )

    await first.claimCard.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
    await expect(second.claimItems().first()).toContainText('Mostly true', LIVE)

    await first.claimCard.getByRole('button', { name: 'Delete claim' }).click()
    await expect(second.claimItems()).toHaveCount(0, LIVE)
    await expect(second.highlight(TROOPS)).toBeHidden(LIVE)
  })

  test('undo in one tab takes back only that tab’s own change', async ({ page, host }) => {
    const [first, second] = await twoTabs(page, host.url)
    await first.markClaim(TROOPS)
    // As above: the first comparison runs once; the tab's own card waits for it, not the other tab.
    await expect(first.claimCard.getByRole('region', { name: 'Across outlets' })).not.toContainText(
      'looking',
      { timeout: 15_000 },
    )
    await second.markClaim(OCTOBER)
    await expect(first.claimItems()).toHaveCount(2, LIVE)
    await first.page.keyboard.press('ControlOrMeta+z')
    await expect(
      first.page.getByRole('status').filter({ hasText: 'Undid: Mark claim' }),
    ).toBeVisible()
    for (const tab of [first, second]) {
      await expect(tab.claimItems()).toHaveCount(1, LIVE)
      await expect(tab.highlight(OCTOBER)).toBeVisible(LIVE)
    }
  })

  test('an article imported with the CLI appears in the open tab, and the store stays whole', async ({
    page,
    host,
    dataDir,
  }) => {
    await page.goto(host.url)
    const desk = new DeskPage(page)
    await expect(desk.articleButtons()).toHaveCount(3)
    const file = join(dataDir, 'wire-report.txt')
    await writeFile(file, 'Wire Report On The Briefing\n\nOfficials counted 12,000 troops.\n')
    const cli = resolve('out/main/cli.js')
    const workspace = join(dataDir, 'workspace')
    const started = Date.now()
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      'import',
      file,
      '--workspace',
      workspace,
    ])
    expect(stdout).toContain('imported\twire-report.txt')
    await expect(
      desk.articleList.getByRole('button', { name: /Wire Report On The Briefing/ }),
    ).toBeVisible({
      timeout: Math.max(2_000 - (Date.now() - started), 500),
    })
    const index = JSON.parse(
      await readFile(join(workspace, '.claimdesk', 'workspace.json'), 'utf8'),
    )
    expect(index.data.articles).toHaveLength(4)
    await desk.openArticle('Wire Report On The Briefing')
    await expect(desk.articleText).toContainText('12,000 troops')
  })

  test('an idle desk asks the host for nothing: every change is pushed', async ({ page, host }) => {
    await page.goto(host.url)
    const desk = new DeskPage(page)
    await desk.openArticle(ARTICLE)
    await page.waitForTimeout(500)
    const calls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/rpc/')) calls.push(request.url())
    })
    await page.waitForTimeout(3_000)
    expect(calls).toEqual([])
  })
})
