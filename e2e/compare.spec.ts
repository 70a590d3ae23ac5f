import { expect, test } from './fixtures'

const RFERL = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

test('a claim shows its counterpart in another outlet, with a word diff, and links to it', async ({
  desk,
}) => {
  await desk.openArticle(RFERL)
  await desk.markClaim(TROOPS)
  const across = desk.claimCard.getByRole('region', { name: 'Across outlets' })
  await across.getByText('Across outlets: 1 passage in other articles').click()
  const counterpart = across
    .getByRole('listitem')
    .filter({ hasText: 'up to 8,000 North Korean troops' })
  await expect(counterpart).toContainText('same figure: 8,000 North Korean soldiers')
  await expect(counterpart.locator('ins').first()).toBeVisible()
  await expect(counterpart.locator('del').first()).toBeVisible()
  await counterpart.getByRole('button', { name: 'Link as same claim' }).click()
  await expect(counterpart.getByText('Linked as the same claim.')).toBeVisible()
})

test('the Discrepancies view shows the number, quote and date discrepancies and opens a passage', async ({
  desk,
}) => {
  await desk.page
    .getByRole('toolbar', { name: 'Workspace commands' })
    .getByRole('button', { name: 'Discrepancies' })
    .click()
  const view = desk.page.getByRole('main', { name: /Discrepancies/ })
  await expect(
    view.getByRole('heading', {
      name: /Different figures for North Korean soldiers: 8,000 .* vs 10,000/,
    }),
  ).toBeVisible()
  await expect(
    view.getByRole('heading', { name: /A quotation is worded differently/ }),
  ).toBeVisible()
  await expect(
    view.getByRole('heading', { name: /Possibly one event dated differently/ }),
  ).toBeVisible()
  const quote = view
    .getByRole('listitem')
    .filter({ has: desk.page.getByRole('heading', { name: /worded differently/ }) })
  await expect(quote.locator('del', { hasText: 'attacking' })).toBeVisible()
  await expect(quote.locator('ins', { hasText: 'targeting' })).toBeVisible()
  await view
    .getByRole('button', { name: /Open passage in “Zelenskyy Condemns/ })
    .first()
    .click()
  await expect(desk.articleText).toContainText('up to 8,000 North Korean troops')
})

test('suggested claims rank the figure sentence first; one is accepted as a claim, one dismissed', async ({
  desk,
}) => {
  await desk.openArticle(RFERL)
  await desk.page.getByText('Suggested claims', { exact: true }).click()
  const suggestions = desk.page
    .getByRole('list', { name: 'Suggested claims' })
    .getByRole('listitem')
  await expect(suggestions.first()).toContainText('some 8,000 North Korean soldiers')
  await expect(suggestions.first()).toContainText('figure: some 8,000 North Korean soldiers')
  const count = await suggestions.count()
  await suggestions.first().getByRole('button', { name: 'Accept' }).click()
  await expect(desk.highlight(TROOPS)).toBeVisible()
  await expect(suggestions).toHaveCount(count - 1)
  const dismissed = (await suggestions.first().locator('p').first().textContent()) ?? ''
  await suggestions.first().getByRole('button', { name: 'Dismiss' }).click()
  await expect(suggestions).toHaveCount(count - 2)
  await expect(suggestions.filter({ hasText: dismissed })).toHaveCount(0)
})
