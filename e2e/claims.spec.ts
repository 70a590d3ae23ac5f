import { expect, test } from './fixtures'
import { DeskPage } from './page-models/desk-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

test('a claim is marked, tagged, rated, sourced and still there after a restart', async ({
  desk,
  restartDesk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await expect(card.getByRole('blockquote')).toHaveText(TROOPS)

  await card.getByRole('checkbox', { name: 'Statistic' }).check()
  await card.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await card.getByLabel('Status').selectOption({ label: 'Researching' })
  await card.getByLabel('Who said it').fill('The United States')
  await card.getByLabel('Who said it').press('Enter')
  const notes = card.getByRole('textbox', { name: 'Notes' })
  await notes.click()
  await desk.page.keyboard.type('Pentagon said 10,000 in total.')
  await card.getByLabel('URL').fill('https://www.defense.gov/News/Transcripts/')
  await card.getByLabel('Title').fill('Austin and Blinken briefing')
  await card.getByRole('button', { name: 'Add source' }).click()
  await expect(
    card.getByRole('button', { name: 'Austin and Blinken briefing', exact: true }),
  ).toBeVisible()
  await card.getByLabel('Who said it').focus()
  // The list draws only rows near the view, and the card above it has grown with the source.
  await desk.claimList.scrollIntoViewIfNeeded()
  await expect(desk.claimItems().first()).toContainText('Mostly true')

  const again = await restartDesk()
  await again.openArticle(ARTICLE)
  await expect(again.claimItems()).toHaveCount(1)
  await again.claimItems().first().getByRole('button').click()
  const reopened = again.claimCard
  await expect(reopened.getByRole('checkbox', { name: 'Statistic' })).toBeChecked()
  await expect(reopened.getByLabel('Verdict')).toHaveValue('mostly-true')
  await expect(reopened.getByLabel('Status')).toHaveValue('researching')
  await expect(reopened.getByLabel('Who said it')).toHaveValue('The United States')
  await expect(reopened.getByRole('textbox', { name: 'Notes' })).toHaveText(
    'Pentagon said 10,000 in total.',
  )
  await expect(
    reopened.getByRole('button', { name: 'Austin and Blinken briefing', exact: true }),
  ).toBeVisible()
  await expect(again.highlight(TROOPS)).toHaveAttribute('title', 'Claim: Mostly true · Statistic')
})

test('edits made the moment before the tab closes are all kept, in the order made', async ({
  page,
  host,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'Closing a browser tab is the browser host’s case.')
  await page.goto(host.url)
  const desk = new DeskPage(page)
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await card.getByLabel('Verdict').selectOption({ label: 'False' })
  await card.getByLabel('Status').selectOption({ label: 'Researching' })
  await card.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await card.getByLabel('Status').selectOption({ label: 'Checked' })
  await card.getByRole('checkbox', { name: 'Statistic' }).check()
  // The tab closes at once, the host stays: its changes on the way still land, in order.
  const context = page.context()
  await page.close()

  const again = new DeskPage(await context.newPage())
  await again.page.goto(host.url)
  await again.openArticle(ARTICLE)
  await again.claimItems().first().getByRole('button').click()
  await expect(again.claimCard.getByLabel('Verdict')).toHaveValue('mostly-true')
  await expect(again.claimCard.getByLabel('Status')).toHaveValue('checked')
  await expect(again.claimCard.getByRole('checkbox', { name: 'Statistic' })).toBeChecked()
})

test('overlapping claims each stay clickable', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(
    'The United States said on October 31 that it has information that some 8,000',
  )
  await desk.markClaim('October 31')
  await expect(desk.claimItems()).toHaveCount(2)

  await desk.articleText.locator('mark mark', { hasText: 'October 31' }).click()
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText('October 31')
  await desk.articleText
    .locator('mark', { hasText: 'The United States said on' })
    .first()
    .click({ position: { x: 5, y: 5 } })
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText(
    /^The United States said on October 31/,
  )
})

test('marking a claim can be undone and redone from the keyboard', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await expect(desk.claimItems()).toHaveCount(1)
  await desk.articleText.click()
  await desk.page.keyboard.press('ControlOrMeta+z')
  await expect(desk.claimItems()).toHaveCount(0)
  await expect(desk.articleText.locator('mark')).toHaveCount(0)
  await desk.page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(desk.claimItems()).toHaveCount(1)
  await expect(desk.highlight(TROOPS)).toBeVisible()
})

test('the context menu marks the selection as a claim', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.selectInArticle('Zelenskiy said')
  await desk.highlightTarget('Zelenskiy said').click({ button: 'right' })
  await desk.page.getByRole('menuitem', { name: /Mark as claim/ }).click()
  await expect(desk.claimItems()).toHaveCount(1)
})

test('deleting a tag used by claims asks first and removes it from them', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByRole('checkbox', { name: 'Statistic' }).check()
  await expect(desk.claimItems().first()).toContainText('Statistic')

  await desk.page.getByRole('button', { name: 'Tags…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Tags' })
  await dialog.getByRole('button', { name: 'Delete tag Statistic' }).click()
  await expect(dialog.getByText(/used by 1 claim/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(dialog.getByRole('button', { name: 'Delete tag Statistic' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(desk.claimItems().first()).not.toContainText('Statistic')

  await desk.page.keyboard.press('ControlOrMeta+z')
  await expect(desk.claimItems().first()).toContainText('Statistic')
})

test('a bad source URL is refused with a message and nothing is saved', async ({ desk }) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  const card = desk.claimCard
  await card.getByLabel('URL').fill('javascript:alert(1)')
  await card.getByRole('button', { name: 'Add source' }).click()
  await expect(card.getByText('Enter a full http:// or https:// address')).toBeVisible()
  await expect(card.getByRole('button', { name: /alert/ })).toHaveCount(0)
})
