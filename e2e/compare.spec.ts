import { expect, test } from './fixtures'

const RFERL = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

test('a claim shows its counterpart in another outlet, with a word diff, and links to it', async ({
  desk,
}) => {
  await desk.openArticle(RFERL)
  await desk.markClaim(TROOPS)
  const across = desk.claimCard.getByRole('region', { name: 'Across outlets' })
  await across.getByText('Across outlets: 2 passages in other articles').click()
  const counterpart = across
    .getByRole('listitem')
    .filter({ hasText: 'up to 8,000 North Korean troops' })
  await expect(counterpart).toContainText('same figure: 8,000 North Korean soldiers')
  await expect(counterpart.locator('ins').first()).toBeVisible()
  await expect(counterpart.locator('del').first()).toBeVisible()
  await counterpart.getByRole('button', { name: 'Link as same claim' }).click()
  await expect(counterpart.getByText('Linked as the same claim.')).toBeVisible()
})

test('Across outlets opens wide, lists the agreeing and the contradicting figure, and says what linking does', async ({
  desk,
}, testInfo) => {
  const { page } = desk
  await page.setViewportSize({ width: 1440, height: 900 })
  await desk.openArticle(RFERL)
  await desk.markClaim(TROOPS)
  const across = desk.claimCard.getByRole('region', { name: 'Across outlets' })
  const panelWidth = async () => (await desk.claimsPanel.boundingBox())?.width ?? 0
  const folded = await panelWidth()
  await across.getByText('Across outlets: 2 passages in other articles').click()
  await expect.poll(panelWidth).toBeGreaterThanOrEqual(600)
  expect(folded).toBeLessThan(400)
  await expect(across.getByRole('listitem')).toHaveCount(2)
  const agreeing = across
    .getByRole('listitem')
    .filter({ hasText: 'up to 8,000 North Korean troops' })
  const differing = across.getByRole('listitem').filter({ hasText: 'roughly 10,000 North Korean' })
  await expect(differing).toContainText('different figure: 10,000 North Korean soldiers')
  await expect(across.getByRole('group', { name: 'Unlink' })).toHaveCount(0)
  await expect(across.getByText('Across outlets', { exact: false }).first()).toBeInViewport()

  const link = agreeing.getByRole('button', { name: 'Link as same claim' })
  await expect(link).toHaveAccessibleDescription(
    /Marks this passage as a claim in “Zelenskyy Condemns.*” and groups it with this one\./,
  )
  await testInfo.attach('Across outlets at 1440×900', {
    body: await page.screenshot(),
    contentType: 'image/png',
  })
  await link.click()
  await expect(agreeing.getByText('Linked as the same claim.')).toBeVisible()

  await agreeing.getByRole('button', { name: 'Unlink' }).click()
  const asking = agreeing.getByRole('group', { name: 'Unlink' })
  await expect(asking).toContainText('Remove that claim as well?')
  await asking
    .getByRole('button', { name: /^Unlink and remove the claim in “Zelenskyy Condemns/ })
    .click()
  await expect(agreeing.getByRole('button', { name: 'Link as same claim' })).toBeVisible()

  await desk.openArticle(/^Zelenskyy Condemns/)
  await expect(desk.claimItems()).toHaveCount(0)
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
