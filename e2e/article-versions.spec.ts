import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import type { DeskPage } from './page-models/desk-page'
import { seriousViolations } from './support/serious-violations'

const SAMPLE_FILE = '000_a547749780e01351.txt'
const SAMPLE_HEADLINE =
  'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const KURSK = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
/** The three edits made to the file on disk, one after another: versions 2, 3 and 4. */
const EDITS = [
  ['criticized Kyiv’s partners', 'rebuked Kyiv’s partners'],
  ['are simply watching', 'are merely watching'],
  ['left three people dead', 'left four people dead'],
] as const
const FILE_CHANGE = { timeout: 15_000 }

/** Changes the sample file on disk and waits for the open desk to show its new version. */
async function editOnDisk(desk: DeskPage, path: string, edit: number) {
  const [from, to] = EDITS[edit] ?? ['', '']
  const text = await readFile(path, 'utf8')
  expect(text).toContain(from)
  await writeFile(path, text.replace(from, to))
  await expect(desk.articleText).toContainText(to, FILE_CHANGE)
  await expect(versionLine(desk)).toContainText(`Version ${edit + 2} of ${edit + 2}`)
}

const versionLine = (desk: DeskPage) => desk.page.getByText(/^Version \d+ of \d+ ·/)

test('a file changed on disk three times: four versions, each read back, diffed, and the claim checked on version 2 says so', async ({
  desk,
  dataDir,
  page,
}, testInfo) => {
  // Three changes on disk, each waited for through the file watcher, and two accessibility scans.
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  const path = join(dataDir, 'workspace', SAMPLE_FILE)
  await desk.openArticle(SAMPLE_HEADLINE)
  await expect(versionLine(desk)).toHaveText('Version 1 of 1 · not checked yet')
  await expect(page.getByRole('button', { name: 'Compare versions' })).toBeHidden()

  await editOnDisk(desk, path, 0)
  await desk.markClaim(KURSK)
  await desk.claimCard.getByLabel('Status').selectOption('Checked')
  await expect(versionLine(desk)).toHaveText('Version 2 of 2 · checked against version 2')
  await expect(desk.claimCard.getByText(/^Checked against version 2$/)).toBeVisible()

  await editOnDisk(desk, path, 1)
  await editOnDisk(desk, path, 2)
  await expect(versionLine(desk)).toHaveText('Version 4 of 4 · checked against version 2')
  await desk.claimItems().first().getByRole('button').first().click()
  await expect(desk.claimCard).toContainText(
    'Checked against version 2 · the article has changed since',
  )

  // Each older version reads back with its own text, read only.
  await page.getByRole('button', { name: 'Read an older version' }).click()
  const reader = page.getByRole('region', { name: /read only$/ })
  await expect(reader).toHaveAccessibleName(/^Version 3 of 4, .+ — read only$/)
  const versionText = reader.getByRole('region', { name: /^Text of version/ })
  const expected = [
    ['criticized', 'simply watching', 'three people'],
    ['rebuked', 'simply watching', 'three people'],
    ['rebuked', 'merely watching', 'three people'],
  ]
  for (const [index, words] of expected.entries()) {
    await reader.getByLabel('Version', { exact: true }).selectOption(String(index + 1))
    await expect(reader).toHaveAccessibleName(new RegExp(`^Version ${index + 1} of 4, `))
    for (const word of words) await expect(versionText).toContainText(word)
    await expect(versionText.getByRole('textbox')).toHaveCount(0)
  }
  await expect(reader).toContainText(`Read from ${SAMPLE_FILE}`)
  expect(await seriousViolations(page)).toEqual([])
  await reader.getByRole('button', { name: 'Back to the current version' }).click()
  await expect(reader).toBeHidden()
  await expect(desk.articleText).toBeVisible()
  await expect(desk.articleText).toContainText('left four people dead')

  // The word diff of two versions shows the words that changed between them, and nothing else.
  await page.getByRole('button', { name: 'Compare versions' }).click()
  const compare = page.getByRole('region', { name: 'Compare versions' })
  await compare.getByRole('combobox', { name: 'From' }).selectOption('2')
  await compare.getByRole('combobox', { name: 'To' }).selectOption('3')
  const diff = compare.getByRole('region', { name: 'Changes from version 2 to version 3' })
  await expect(diff.locator('del')).toHaveText(['removed: simply'])
  await expect(diff.locator('ins')).toHaveText(['added: merely'])
  await compare.getByRole('combobox', { name: 'From' }).selectOption('1')
  await compare.getByRole('combobox', { name: 'To' }).selectOption('4')
  await expect(diff).toBeHidden()
  const wide = compare.getByRole('region', { name: 'Changes from version 1 to version 4' })
  await expect(wide.locator('ins')).toHaveText(['added: rebuked', 'added: merely', 'added: four'])
  await expect(wide).toContainText(KURSK)
  expect(await seriousViolations(page)).toEqual([])
  await testInfo.attach('versions-diff', {
    body: await page.screenshot(),
    contentType: 'image/png',
  })
  await compare.getByRole('combobox', { name: 'To' }).press('Escape')
  await expect(compare).toBeHidden()
  await expect(desk.articleText).toBeVisible()
})
