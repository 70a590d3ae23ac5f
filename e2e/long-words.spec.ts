import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DeskPage } from './page-models/desk-page'

const LONG_URL = `https://www.example.org/news/transcript?ref=${'KurskBriefing0'.repeat(14)}${'x'.repeat(10)}`
const HEADLINE = `Pentagon briefing ${'KurskDeployment'.repeat(6)}Figures`
const ARTICLE_TEXT = `${HEADLINE}

The Pentagon said some 12,000 North Korean soldiers are now in Russia’s Kursk region, in a transcript at ${LONG_URL} posted on Friday.
`

/** The panes, and the page, that would scroll sideways because something in them is too wide. */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [document.documentElement, ...Array.from(document.querySelectorAll('.pane'))]
    return boxes
      .filter((box) => box.scrollWidth > box.clientWidth)
      .map((box) => `${box.className || box.tagName}: ${box.scrollWidth} > ${box.clientWidth}`)
  })
}

const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? Infinity

async function expectEverythingWraps(desk: DeskPage): Promise<void> {
  await expect.poll(() => sidewaysScrolling(desk.page)).toEqual([])
  const panelWidth = await desk.claimsPanel.evaluate((panel) => panel.clientWidth)
  expect(await widthOf(desk.claimCard)).toBeLessThanOrEqual(panelWidth)
}

test('a 250-character URL wraps in the card, notes, sources, lists and Discrepancies, also after a reload', async ({
  desk,
}, testInfo) => {
  expect(LONG_URL).toHaveLength(250)
  await desk.page.setViewportSize({ width: 1440, height: 900 })
  await desk.page.getByLabel('Files to import').setInputFiles({
    name: 'briefing.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(ARTICLE_TEXT),
  })
  await desk.openArticle(HEADLINE)
  await desk.markClaim(
    `12,000 North Korean soldiers are now in Russia’s Kursk region, in a transcript at ${LONG_URL}`,
  )
  const notes = desk.claimCard.getByRole('textbox', { name: 'Internal notes' })
  await notes.click()
  await desk.page.keyboard.insertText(`Transcript: ${LONG_URL}`)
  await desk.claimCard.getByLabel('URL').fill(LONG_URL)
  await desk.claimCard.getByRole('button', { name: 'Add source' }).click()
  await expect(desk.claimCard.getByText(LONG_URL, { exact: true })).toBeVisible()
  await expectEverythingWraps(desk)
  await testInfo.attach('long URL at 1440×900', {
    body: await desk.page.screenshot(),
    contentType: 'image/png',
  })

  await desk.page.reload()
  const again = new DeskPage(desk.page)
  await again.openArticle(HEADLINE)
  await again.claimItems().first().getByRole('button').click()
  await expect(again.claimCard.getByRole('textbox', { name: 'Internal notes' })).toContainText(
    LONG_URL,
  )
  await expectEverythingWraps(again)

  await again.page
    .getByRole('toolbar', { name: 'Workspace commands' })
    .getByRole('button', { name: 'Discrepancies' })
    .click()
  const view = again.page.getByRole('main', { name: /Discrepancies/ })
  await expect(view.getByText(LONG_URL).first()).toBeVisible()
  await expect.poll(() => sidewaysScrolling(again.page)).toEqual([])
})
