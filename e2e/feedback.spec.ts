import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const OTHER_ARTICLE = /^Zelenskyy Expresses Frustration/
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

const heightOf = async (locator: Locator) => (await locator.boundingBox())?.height ?? Infinity

test('a file that cannot be imported is told in a notice, not only in the sidebar', async ({
  desk,
}) => {
  await desk.page.getByLabel('Files to import').setInputFiles({
    name: 'chart.png',
    mimeType: 'image/png',
    buffer: PNG_BYTES,
  })
  const notice = desk.page.getByRole('alert').filter({ hasText: '1 skipped' })
  await expect(notice).toContainText('chart.png')
  await notice.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(notice).toHaveCount(0)
})

test('a failed fetch keeps the address in the URL dialog and says why', async ({ desk }) => {
  await desk.page.getByRole('button', { name: 'Import from URL…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Import from a web address' })
  const address = 'http://127.0.0.1:9/briefing'
  await dialog.getByLabel('Web address (http or https)').fill(address)
  await dialog.getByRole('button', { name: 'Fetch page' }).click()
  await expect(dialog.getByRole('alert')).toContainText('1 skipped')
  await expect(dialog.getByLabel('Web address (http or https)')).toHaveValue(address)
})

test('Ctrl/Cmd+M with nothing selected says what to do', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.articleText.click({ position: { x: 2, y: 2 } })
  await desk.page.keyboard.press('ControlOrMeta+m')
  await expect(
    desk.page.getByRole('status').filter({ hasText: 'Nothing is selected' }),
  ).toContainText('select the words of a claim in the article')
  await expect(desk.claimItems()).toHaveCount(0)
})

test('a filter that hides every claim says so and offers to clear it', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimsPanel.getByRole('searchbox', { name: 'Search claims' }).fill('no such words')
  const empty = desk.claimsPanel
    .getByRole('status')
    .filter({ hasText: 'No claims match the filter.' })
  await expect(empty).toBeVisible()
  await empty.getByRole('button', { name: 'Clear filter' }).click()
  await expect(desk.claimItems()).toHaveCount(1)
  await expect(desk.claimsPanel.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('')
})

test('the command palette finds articles and claims by their text and opens them', async ({
  desk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.openArticle(OTHER_ARTICLE)

  await desk.page.keyboard.press('ControlOrMeta+k')
  const palette = desk.page.getByRole('dialog', { name: 'Command palette' })
  await desk.page.keyboard.type('8,000 north korean soldiers')
  await expect(palette.getByRole('option')).toHaveText([/^Claim: “some 8,000 North Korean/])
  await desk.page.keyboard.press('Enter')
  await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText(TROOPS)

  await desk.page.keyboard.press('ControlOrMeta+k')
  await desk.page.keyboard.type('expresses frustration')
  await expect(palette.getByRole('option')).toHaveText([/^Article: Zelenskyy Expresses/])
  await desk.page.keyboard.press('Enter')
  await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(OTHER_ARTICLE)
})

test('a long note scrolls in its own box, so Sources stay within reach', async ({ desk }) => {
  await desk.page.setViewportSize({ width: 1440, height: 900 })
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const finding = desk.claimCard.getByRole('textbox', { name: 'Finding' })
  await finding.click()
  for (let line = 1; line <= 60; line += 1) {
    await desk.page.keyboard.insertText(`Line ${line}`)
    await desk.page.keyboard.press('Enter')
  }
  expect(await heightOf(finding)).toBeLessThan(400)
  expect(await finding.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true)
  const sources = desk.claimCard.getByRole('heading', { name: 'Sources' })
  await sources.scrollIntoViewIfNeeded()
  const findingBox = await finding.boundingBox()
  const sourcesBox = await sources.boundingBox()
  expect(sourcesBox!.y - (findingBox!.y + findingBox!.height)).toBeLessThan(100)
})
