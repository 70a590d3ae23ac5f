import { expect, test } from './fixtures'

const SAMPLE_HEADLINES = [
  'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia',
  'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia',
  'Zelenskyy Expresses Frustration at West’s Response to North Korean Forces in Russia',
]

test('the desk lists the three sample articles on first run', async ({ desk }) => {
  await expect(desk.articleButtons()).toHaveCount(3)
  for (const headline of SAMPLE_HEADLINES) {
    await expect(desk.articleList.getByRole('button', { name: headline })).toBeVisible()
  }
})

test('each sample article opens with its headline and body', async ({ desk }) => {
  const bodyLines = [
    'some 8,000 North Korean soldiers are now in Russia’s Kursk region',
    'Overall, roughly 10,000 North Korean soldiers have arrived',
    'At an Oct. 30 joint press briefing',
  ]
  for (const [index, headline] of SAMPLE_HEADLINES.entries()) {
    await desk.openArticle(headline)
    await expect(desk.articleText).toContainText(bodyLines[index]!)
  }
})

test('the article text cannot be edited', async ({ desk }) => {
  await desk.openArticle(SAMPLE_HEADLINES[0]!)
  const before = await desk.articleText.innerText()
  await desk.articleText.click()
  await desk.page.keyboard.type('tampered')
  await desk.page.keyboard.press('Backspace')
  expect(await desk.articleText.innerText()).toBe(before)
})

test('an article that names no outlet lists only its claim count under its title, and no file name as its outlet', async ({
  desk,
}) => {
  await desk.openArticle(SAMPLE_HEADLINES[0]!)
  await desk.markClaim('some 8,000 North Korean soldiers')
  const row = desk.articleList.getByRole('button', { name: SAMPLE_HEADLINES[0]! })
  await expect(row.locator('.article-list-meta')).toHaveText('1 claim')
  // Nor does its header put the file's name where an outlet would be.
  await expect(desk.page.locator('.article-kicker')).toHaveText('')
})
