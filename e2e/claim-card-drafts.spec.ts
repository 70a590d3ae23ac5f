import type { Locator } from '@playwright/test'
import { NOTE_LIMITS } from '../src/shared/claim-model'
import { expect, test } from './fixtures'
import { pasteText } from './support/paste-text'
import type { DeskPage } from './page-models/desk-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const OTHER_ARTICLE = /^Zelenskyy Condemns Lack of Response/
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const NOTE_TOO_LARGE = 'This note has 1,048,577 characters; a note can hold 1,048,576. Not saved'

/** The claim's card opened again from the list, as a user would. */
async function reopenCard(desk: DeskPage): Promise<Locator> {
  await desk.claimItems().first().getByRole('button').click()
  await expect(desk.claimCard).toBeVisible()
  return desk.claimCard
}

async function closeCard(desk: DeskPage): Promise<void> {
  await desk.claimCard.getByRole('button', { name: 'Close claim card' }).click()
  await expect(desk.claimCard).toHaveCount(0)
}

async function visitOtherArticle(desk: DeskPage): Promise<void> {
  await desk.openArticle(OTHER_ARTICLE)
  await desk.openArticle(ARTICLE)
}

test.describe('what is typed on a claim card outlives the card', () => {
  test('a source being added, with a half-typed address and its message, is still there after closing the card or opening another article', async ({
    desk,
  }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    const form = () => desk.claimCard.getByRole('group', { name: 'Add source' })
    await form().getByLabel('URL').fill('wire.example/kursk')
    await form().getByLabel('Title (optional)').fill('Wire report on Kursk')
    await form().getByRole('button', { name: 'Add source' }).click()
    await expect(form().getByRole('alert')).toHaveText('Enter a full http:// or https:// address')

    await closeCard(desk)
    await reopenCard(desk)
    await expect(form().getByLabel('URL')).toHaveValue('wire.example/kursk')
    await expect(form().getByLabel('Title (optional)')).toHaveValue('Wire report on Kursk')
    await expect(form().getByRole('alert')).toHaveText('Enter a full http:// or https:// address')

    await visitOtherArticle(desk)
    await reopenCard(desk)
    await expect(form().getByLabel('URL')).toHaveValue('wire.example/kursk')
    await form().getByLabel('URL').fill('https://wire.example/kursk')
    await form().getByRole('button', { name: 'Add source' }).click()
    await expect(
      desk.claimCard.getByRole('button', { name: /^Wire report on Kursk/ }),
    ).toBeVisible()
    await closeCard(desk)
    await reopenCard(desk)
    await expect(form().getByLabel('URL')).toHaveValue('')
    await expect(form().getByLabel('Title (optional)')).toHaveValue('')
  })

  test('a note past the limit is still in its editor, with its message, after closing the card or opening another article', async ({
    desk,
  }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    const notes = () => desk.claimCard.getByRole('textbox', { name: 'Internal notes' })
    const noteLength = () => notes().evaluate((element) => element.textContent?.length)
    await pasteText(notes(), 'x'.repeat(NOTE_LIMITS.characters + 1))
    await desk.claimCard.getByLabel('Who said it').focus()
    await expect(desk.claimCard.getByRole('alert')).toContainText(NOTE_TOO_LARGE)

    await closeCard(desk)
    await reopenCard(desk)
    await expect(desk.claimCard.getByRole('alert')).toContainText(NOTE_TOO_LARGE)
    expect(await noteLength()).toBe(NOTE_LIMITS.characters + 1)

    await visitOtherArticle(desk)
    await reopenCard(desk)
    await expect(desk.claimCard.getByRole('alert')).toContainText(NOTE_TOO_LARGE)
    expect(await noteLength()).toBe(NOTE_LIMITS.characters + 1)

    await notes().press('ControlOrMeta+End')
    await notes().press('Backspace')
    await desk.claimCard.getByLabel('Who said it').focus()
    await expect(desk.claimCard.getByRole('alert')).toHaveCount(0)
    await closeCard(desk)
    await reopenCard(desk)
    expect(await noteLength()).toBe(NOTE_LIMITS.characters)
  })
})
