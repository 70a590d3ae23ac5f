import { expect, test } from './fixtures'
import type { DeskPage } from './page-models/desk-page'

const RFE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const EPOCH = /^Zelenskyy Condemns Lack of Response/

async function openFind(desk: DeskPage) {
  await desk.articleText.click()
  await desk.page.keyboard.press('ControlOrMeta+f')
  const find = desk.page.getByRole('searchbox', { name: 'Find in article' })
  await expect(find).toBeFocused()
  const count = desk.page.getByRole('search', { name: 'Find in article' }).getByRole('status')
  return { find, count }
}

test('find matches curly quotes, dashes and no-break spaces typed the plain way, with exact counts', async ({
  desk,
}) => {
  await desk.openArticle(RFE)
  const { find, count } = await openFind(desk)
  const current = desk.articleText.locator('.find-match-current')

  await find.fill("Kyiv's")
  await expect(count).toHaveText('1 of 1')
  await expect(current).toHaveText('Kyiv’s')

  // The article spells it both ways; both count, and each highlight covers exactly the word.
  await find.fill("Russia's")
  await expect(count).toHaveText('1 of 3')
  await expect(desk.articleText.locator('.find-match')).toHaveText([
    "Russia's",
    'Russia’s',
    "Russia's",
  ])
  await find.fill('Russia’s')
  await expect(count).toHaveText('1 of 3')

  await find.fill('"Everyone is just')
  await expect(count).toHaveText('1 of 1')
  await expect(current).toHaveText('“Everyone is just')

  await find.press('Escape')
  await desk.openArticle(EPOCH)
  const again = await openFind(desk)
  await again.find.fill('that the U.S. government')
  await expect(again.count).toHaveText('1 of 1')
  await expect(current).toHaveText('that the\u00a0U.S. government')

  await again.find.press('Escape')
  await desk.openArticle(/^Zelenskyy Expresses Frustration/)
  const third = await openFind(desk)
  await third.find.fill("partners-there's")
  await expect(third.count).toHaveText('1 of 1')
  await expect(current).toHaveText('partners—there’s')
})

test('Open passage scrolls to the passage and selects it, ready to mark; the next click clears it', async ({
  desk,
}) => {
  const { page } = desk
  await page
    .getByRole('toolbar', { name: 'Workspace commands' })
    .getByRole('button', { name: 'Discrepancies' })
    .click()
  const view = page.getByRole('main', { name: /Discrepancies/ })
  const opener = page.getByRole('button', { name: /Open passage in “Zelenskyy Condemns/ })
  const item = view
    .getByRole('listitem')
    .filter({ has: opener, hasNot: page.getByRole('heading') })
    .first()
  const passage = (await item.getByRole('blockquote').textContent()) ?? ''
  await item.getByRole('button', { name: /Open passage/ }).click()

  await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(EPOCH)
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(passage)
  const markButton = page.getByRole('button', { name: 'Mark claim' })
  await expect(markButton).toBeInViewport()
  await expect(desk.highlightTarget(passage.slice(0, 40))).toBeInViewport()

  await markButton.click()
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText(passage)

  // Opened again, the passage is a claim now: the article opens on it instead.
  await page
    .getByRole('toolbar', { name: 'Workspace commands' })
    .getByRole('button', { name: 'Discrepancies' })
    .click()
  await item.getByRole('button', { name: /Open passage/ }).click()
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText(passage)
  await expect(desk.highlight(passage)).toBeInViewport()
})

test('a passage opened from Discrepancies stays selected only until the next click', async ({
  desk,
}) => {
  const { page } = desk
  await page
    .getByRole('toolbar', { name: 'Workspace commands' })
    .getByRole('button', { name: 'Discrepancies' })
    .click()
  await page
    .getByRole('button', { name: /Open passage in “Zelenskyy Condemns/ })
    .first()
    .click()
  const markButton = page.getByRole('button', { name: 'Mark claim' })
  await expect(markButton).toBeVisible()
  await desk.articleText.getByRole('heading', { level: 1 }).click()
  await expect(markButton).toBeHidden()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('')
})

/** How many characters of the article's own text fit on one line of its column. */
const charactersPerLine = (desk: DeskPage) =>
  desk.articleText.evaluate((root) => {
    const paragraph = root.querySelector('p') ?? root
    const style = getComputedStyle(paragraph)
    const context = document.createElement('canvas').getContext('2d')
    if (!context) return 0
    context.font = `${style.fontSize} ${style.fontFamily}`
    const sample = root.textContent ?? ''
    const average = context.measureText(sample).width / sample.length
    return paragraph.clientWidth / average
  })

// Browser zoom shrinks the CSS viewport: 1024×700 at 110 % lays out like 931×636, at 150 % like 683×467.
for (const [zoom, width, height] of [
  ['110 %', 931, 636],
  ['150 %', 683, 467],
] as const) {
  test(`at 1024×700 and ${zoom} zoom the article column keeps at least 45 characters a line`, async ({
    desk,
  }, testInfo) => {
    const { page } = desk
    await desk.openArticle(RFE)
    await desk.markClaim('October 31')
    await page.setViewportSize({ width, height })
    await expect.poll(() => charactersPerLine(desk)).toBeGreaterThanOrEqual(45)
    await expect(desk.claimCard).toBeVisible()
    // The article list gives way first and is still there to switch articles.
    const workspace = page.getByRole('navigation', { name: 'Workspace' })
    await workspace.hover({ position: { x: 10, y: 40 } })
    await desk.openArticle(EPOCH)
    await expect.poll(() => charactersPerLine(desk)).toBeGreaterThanOrEqual(45)
    await desk.articleText.hover()
    if (width < 900) {
      // Folded to a rail at this width: once the pointer is back on the article, it folds again.
      await expect.poll(async () => (await workspace.boundingBox())?.width).toBeLessThan(60)
    }
    await testInfo.attach(`1024×700 at ${zoom}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    })
  })
}
