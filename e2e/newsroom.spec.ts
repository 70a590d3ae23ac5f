import { join, resolve } from 'node:path'
import type { Locator } from '@playwright/test'
import { dispatchSentence, writeNewsroomFiles } from '../bench/data/newsroom-files'
import { seedNewsroom } from '../bench/data/seed-newsroom'
import { expect, test } from './fixtures'

/** The bench's generator, with small articles so the workspace is made in seconds. */
const PLAN = { count: 1_000, minBytes: 600, maxBytes: 1_500, seed: 5 }
/** Work done on a machine that may be busy: waited for, never timed. */
const LONG_WORK = { timeout: 120_000 }

/** The meta line of the first `count` rows: source, date and claims, as the list shows them. */
async function firstRows(articles: Locator, count: number): Promise<string[]> {
  const rows = articles.getByRole('button')
  await expect(rows.first()).toBeVisible()
  return Promise.all(Array.from({ length: count }, (_, n) => rows.nth(n).innerText()))
}

const isOrdered = (values: string[], compare: (a: string, b: string) => number) =>
  values.every((value, n) => n === 0 || compare(values[n - 1] as string, value) <= 0)

test.describe('a newsroom of 1,000 articles', () => {
  test.describe.configure({ timeout: 300_000 })

  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(
      testInfo.project.name !== 'web',
      'The workspace is generated beside the browser host; the desktop app shows the same list.',
    )
  })

  test('the list stays small in the page, sorts, finds a phrase in article 873 and shows the comparison’s progress', async ({
    dataDir,
    restartDesk,
  }) => {
    const sources = join(dataDir, 'sources')
    await writeNewsroomFiles(sources, resolve('resources/samples'), PLAN)
    await seedNewsroom(dataDir, sources, (index) => index % 4, PLAN.seed)
    const desk = await restartDesk()

    await expect(desk.articleButtons().first()).toBeVisible(LONG_WORK)
    const drawn = await desk.articleButtons().count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(150)

    const order = desk.page.getByLabel('Sort by')
    await order.selectOption({ label: 'Title' })
    const titles = await firstRows(desk.articleList, 3)
    expect(titles.map((title) => title.split(':')[0])).toEqual(['Report 1', 'Report 2', 'Report 3'])

    await order.selectOption({ label: 'Outlet' })
    const outlets = await firstRows(desk.articleList, 6)
    expect(outlets[0]).toContain('Baltic Wire')
    await order.selectOption({ label: 'Date, newest first' })
    await expect(desk.articleList.getByRole('button').first()).toBeVisible()
    const times = desk.articleList.locator('time')
    const dates = await Promise.all(
      Array.from({ length: 8 }, (_, n) => times.nth(n).getAttribute('datetime')),
    ).then((values) => values.map((value) => value ?? ''))
    expect(dates.every(Boolean)).toBe(true)
    expect(isOrdered(dates, (a, b) => b.localeCompare(a))).toBe(true)
    await order.selectOption({ label: 'Most claims' })
    for (const row of await firstRows(desk.articleList, 5)) expect(row).toContain('3 claims')

    await desk.page.keyboard.press('ControlOrMeta+Shift+f')
    const search = desk.page.getByRole('dialog', { name: 'Search the workspace' })
    await search
      .getByRole('searchbox', { name: 'Search the workspace' })
      .fill('"the night desk filed dispatch 873"')
    const hits = search.getByRole('list', { name: 'Matches' }).getByRole('button')
    await expect(hits.first()).toContainText('Report 873:', LONG_WORK)
    await expect(hits).toHaveCount(1)
    await hits.first().click()
    await expect(search).toBeHidden()
    await expect(desk.articleText.getByRole('heading', { level: 1 })).toContainText('Report 873:')
    const match = desk.articleText.locator('.find-match-current')
    await expect(match.first()).toBeInViewport()
    await expect(match.first()).toContainText(/dispatch|873/i)
    await expect(desk.articleText).toContainText(dispatchSentence(873))

    await desk.page
      .getByRole('toolbar', { name: 'Workspace commands' })
      .getByRole('button', { name: 'Discrepancies' })
      .click()
    const work = desk.page.getByRole('region', { name: 'Background work' })
    const comparing = work.getByRole('status').filter({ hasText: 'Comparing the articles' })
    await expect(comparing).toBeVisible(LONG_WORK)
    await expect(work.getByRole('progressbar', { name: 'Comparing the articles' })).toBeVisible()
    // The analysis of a thousand articles counts up in the background; it is stopped here rather
    // than waited for (the bench measures it), and the view says it was stopped.
    await expect(comparing).toHaveText(/^Comparing the articles: [1-9]\d* of 1000$/, LONG_WORK)
    await work.getByRole('button', { name: 'Cancel Comparing the articles' }).click()
    await expect(comparing).toHaveText('Comparing the articles: cancelled')
    await expect(
      desk.page.getByRole('main', { name: /Discrepancies/ }).getByRole('alert'),
    ).toHaveText('Comparing the articles: cancelled.')
  })
})
