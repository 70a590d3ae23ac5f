import { expect, test } from './fixtures'

const EPOCH_ARTICLE = /^Zelenskyy Condemns Lack of Response From Western Allies/

test.describe('who published an article', () => {
  test('the samples show their titles, and the outlet and author their text states', async ({
    desk,
  }) => {
    const rows = desk.articleList.getByRole('button')
    await expect(rows).toHaveCount(3)
    await expect(rows.filter({ hasText: /\.txt/i })).toHaveCount(0)
    const epochRow = desk.articleList.getByRole('button', { name: EPOCH_ARTICLE })
    await expect(epochRow).toContainText('The Epoch Times · Katabella Roberts')
    await desk.openArticle(EPOCH_ARTICLE)
    await expect(desk.page.locator('.article-meta')).toContainText(
      'The Epoch Times · By Katabella Roberts',
    )
  })
})
