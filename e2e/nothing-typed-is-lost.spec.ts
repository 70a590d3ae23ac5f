import type { Locator, Page } from '@playwright/test'
import { NOTE_LIMITS } from '../src/shared/claim-model'
import { expect, test } from './fixtures'
import { pasteText } from './support/paste-text'
import { DeskPage } from './page-models/desk-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const OTHER_ARTICLE = /^Zelenskyy Condemns Lack of Response/
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

/** The claim's card after a reload of the tab, opened from the list as a user would. */
async function reopenedCard(page: Page): Promise<Locator> {
  await page.reload()
  const desk = new DeskPage(page)
  await desk.openArticle(ARTICLE)
  await desk.claimItems().first().getByRole('button').click()
  return desk.claimCard
}

const lineTexts = (notes: Locator) => notes.locator('p').allTextContents()

test.describe('nothing a checker types is lost', () => {
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'Reloading and closing a tab are the browser’s.')
  })

  test('a 600-line note and a 25,000-character paragraph come back whole after a reload', async ({
    desk,
  }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    const lines = Array.from({ length: 600 }, (_, index) => `Line ${index + 1}`)
    const paragraph = 'Long paragraph. '.repeat(1_600).trim()
    expect(paragraph.length).toBeGreaterThan(25_000)
    await pasteText(
      desk.claimCard.getByRole('textbox', { name: 'Internal notes' }),
      [paragraph, ...lines].join('\n'),
    )
    await desk.claimCard.getByLabel('Who said it').focus()

    await expect(async () => {
      const notes = (await reopenedCard(desk.page)).getByRole('textbox', { name: 'Internal notes' })
      expect(await lineTexts(notes)).toEqual([paragraph, ...lines])
    }).toPass()
  })

  test('a note past the limit is refused with a message, and the editor keeps every word', async ({
    desk,
  }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    const notes = desk.claimCard.getByRole('textbox', { name: 'Internal notes' })
    await pasteText(notes, 'x'.repeat(NOTE_LIMITS.characters + 1))
    await desk.claimCard.getByLabel('Who said it').focus()

    await expect(desk.claimCard.getByRole('alert')).toContainText(
      'This note has 1,048,577 characters; a note can hold 1,048,576. Not saved',
    )
    expect(await notes.evaluate((element) => element.textContent?.length)).toBe(
      NOTE_LIMITS.characters + 1,
    )
    await notes.press('ControlOrMeta+End')
    await notes.press('Backspace')
    await expect(desk.claimCard.getByRole('alert')).toHaveCount(0)
    await desk.claimCard.getByLabel('Who said it').focus()
    await expect(async () => {
      const again = (await reopenedCard(desk.page)).getByRole('textbox', { name: 'Internal notes' })
      expect(await again.evaluate((element) => element.textContent?.length)).toBe(
        NOTE_LIMITS.characters,
      )
    }).toPass()
  })

  test('“Who said it” is saved while it is typed, before focus leaves it', async ({
    page,
    host,
  }) => {
    await page.goto(host.url)
    const typing = new DeskPage(page)
    await typing.openArticle(ARTICLE)
    await typing.markClaim(TROOPS)
    const watching = new DeskPage(await page.context().newPage())
    await watching.page.goto(host.url)
    await watching.openArticle(ARTICLE)
    await watching.claimItems().first().getByRole('button').click()

    await typing.claimCard.getByLabel('Who said it').pressSequentially('Pentagon spokesman')
    await expect(typing.claimCard.getByLabel('Who said it')).toBeFocused()
    await expect(watching.claimCard.getByLabel('Who said it')).toHaveValue('Pentagon spokesman')
    await expect(typing.claimCard.getByLabel('Who said it')).toBeFocused()
  })

  test('text typed the moment before the tab closes is kept', async ({ page, host }) => {
    await page.goto(host.url)
    const desk = new DeskPage(page)
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    await desk.claimCard.getByLabel('Who said it').fill('Pentagon')
    await desk.claimCard.getByRole('textbox', { name: 'Finding' }).click()
    await page.keyboard.type('Ten thousand in all.')
    const context = page.context()
    await page.close({ runBeforeUnload: true })

    const again = new DeskPage(await context.newPage())
    await again.page.goto(host.url)
    await expect(async () => {
      const card = await reopenedCard(again.page)
      await expect(card.getByLabel('Who said it')).toHaveValue('Pentagon', { timeout: 1 })
      await expect(card.getByRole('textbox', { name: 'Finding' })).toHaveText(
        'Ten thousand in all.',
        { timeout: 1 },
      )
    }).toPass()
  })

  test('closing the card from the keyboard or switching article keeps what was just typed', async ({
    desk,
  }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    await desk.claimCard.getByLabel('Who said it').pressSequentially('Pentagon')
    await desk.page.keyboard.press('Escape')
    await expect(desk.claimCard).toHaveCount(0)
    await desk.claimItems().first().getByRole('button').click()
    await expect(desk.claimCard.getByLabel('Who said it')).toHaveValue('Pentagon')

    await desk.claimCard.getByRole('textbox', { name: 'Internal notes' }).click()
    await desk.page.keyboard.type('Ask the Pentagon.')
    await desk.openArticle(OTHER_ARTICLE)
    await desk.openArticle(ARTICLE)
    await desk.claimItems().first().getByRole('button').click()
    await expect(desk.claimCard.getByRole('textbox', { name: 'Internal notes' })).toHaveText(
      'Ask the Pentagon.',
    )
  })
})
