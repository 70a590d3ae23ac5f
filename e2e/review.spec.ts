import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const DEAD = 'left three people dead'

test('a claim is put up for review, approved, shows who approved, and is the only one an approved-only report has', async ({
  desk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(DEAD)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await expect(card.getByRole('blockquote')).toHaveText(TROOPS)
  await card.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await card.getByLabel('Status').selectOption({ label: 'Ready for review' })
  await expect(card.getByLabel('Status')).toHaveValue('ready-for-review')
  await expect(card.getByText(/^Approved by/)).toHaveCount(0)

  await card.getByLabel('Status').selectOption({ label: 'Approved' })
  await expect(card.getByText(/^Approved by you · /)).toBeVisible()
  await card.getByRole('button', { name: 'Add review note' }).click()
  await card.getByLabel('Review note', { exact: true }).fill('Good: the Pentagon figure is cited.')
  await card.getByRole('button', { name: 'Add note' }).click()
  await expect(card.getByRole('region', { name: 'Review notes' })).toContainText(
    'Good: the Pentagon figure is cited.',
  )

  await desk.page.getByRole('button', { name: 'Export report…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByLabel('Approved claims only').check()
  const downloading = desk.page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const report = await readFile(await (await downloading).path(), 'utf8')
  expect(report).toMatch(/^- Approved by you on \d{1,2} \w+ \d{4}$/m)
  expect(report.match(/^### Claim /gm)).toHaveLength(1)
  expect(report).toContain('Mostly true')
  await expect(dialog.getByText('Exported 1 claim(s)')).toBeVisible()
})
