import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { DeskPage } from './page-models/desk-page'
import { deskWithMemberHost } from './support/member-host'

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

test('on a live desk a checker cannot approve, and an editor’s review note comes to its author as a badge that opens the claim', async ({
  desk,
  dataDir,
  closeDesk,
  restartDesk,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'The checker is a second browser host.')
  test.setTimeout(90_000)
  await expect(desk.articleButtons()).toHaveCount(3)
  await closeDesk()
  const desk2 = await deskWithMemberHost(dataDir, 'cy', 'checker')
  try {
    const ana = await restartDesk()
    const cy = new DeskPage(await ana.page.context().newPage())
    await cy.page.goto(desk2.host.url)
    await expect(cy.page.getByRole('status').filter({ hasText: 'Team desk: cy' })).toBeVisible()
    await cy.openArticle(ARTICLE)
    await cy.markClaim(TROOPS)
    const status = cy.claimCard.getByLabel('Status')
    await expect(status.getByRole('option', { name: 'Approved' })).toHaveCount(0)
    await status.selectOption({ label: 'Ready for review' })
    await expect(cy.claimCard.getByRole('button', { name: 'Add review note' })).toHaveCount(0)
    await cy.claimCard.getByRole('button', { name: 'Close claim card' }).click()

    await ana.openArticle(ARTICLE)
    await expect(ana.highlight(TROOPS)).toBeVisible({ timeout: 20_000 })
    await ana.highlight(TROOPS).click()
    await expect(ana.claimCard.getByLabel('Status')).toHaveValue('ready-for-review')
    await ana.claimCard.getByLabel('Status').selectOption({ label: 'Approved' })
    await expect(ana.claimCard.getByText(/^Approved by ana · /)).toBeVisible()
    await ana.claimCard.getByRole('button', { name: 'Add review note' }).click()
    await ana.claimCard.getByLabel('Review note', { exact: true }).fill('Cite the briefing.')
    await ana.claimCard.getByRole('button', { name: 'Add note' }).click()

    const badge = cy.page.getByRole('button', { name: '1 review note' })
    await expect(badge).toBeVisible({ timeout: 20_000 })
    await badge.click()
    await expect(cy.claimCard.getByRole('region', { name: 'Review notes' })).toContainText(
      'Cite the briefing.',
    )
    await expect(cy.claimCard.getByText(/^Approved by ana · /)).toBeVisible()
    await expect(badge).toHaveCount(0)
  } finally {
    await desk2.stop()
  }
})
