import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The header's line of outlet, byline and dates: the first of its lines (the versions' follows). */
const detailsLine = (page: Page) => page.locator('.article-header .article-meta').first()

const EPOCH_ARTICLE = /^Zelenskyy Condemns Lack of Response From Western Allies/
const EDITED_TITLE = 'Kyiv says partners are slow on North Korea'

const detailsForm = (page: Page) => page.getByRole('dialog', { name: 'Edit details' })

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
    await expect(detailsLine(desk.page)).toContainText('The Epoch Times · By Katabella Roberts')
  })

  test('edited details show in the list and the header, survive a reload, and undo restores them', async ({
    desk,
  }, testInfo) => {
    await desk.page.setViewportSize({ width: 1440, height: 900 })
    await desk.openArticle(EPOCH_ARTICLE)
    await desk.page.getByRole('button', { name: 'Edit details' }).click()
    const form = detailsForm(desk.page)
    await expect(form.getByLabel('Title')).toBeFocused()
    await form.getByLabel('Title').fill(EDITED_TITLE)
    await form.getByLabel('Outlet').fill('Desk Wire')
    await form.getByLabel('Author').fill('Ana Petrova')
    await form.getByLabel('Published').fill('2024-11-04')
    await form.getByLabel('Web address').fill('https://wire.example/kyiv-partners')
    await testInfo.attach('details-article-form', {
      body: await desk.page.screenshot(),
      contentType: 'image/png',
    })
    await form.getByLabel('Web address').press('Enter')
    await expect(form).toHaveCount(0)

    const row = desk.articleList.getByRole('button', { name: new RegExp(`^${EDITED_TITLE}`) })
    await expect(row).toContainText('Desk Wire · Ana Petrova')
    const meta = detailsLine(desk.page)
    await expect(meta).toContainText('Desk Wire · By Ana Petrova · Nov')
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2024-11-04')
    await testInfo.attach('details-article-header', {
      body: await desk.page.screenshot(),
      contentType: 'image/png',
    })

    // Undo is the tab's own history, so it is tried before the reload.
    await desk.page.getByRole('button', { name: 'Edit details' }).focus()
    await desk.page.keyboard.press('ControlOrMeta+z')
    const epochRow = desk.articleList.getByRole('button', { name: EPOCH_ARTICLE })
    await expect(epochRow).toContainText('The Epoch Times · Katabella Roberts')
    await expect(meta).toContainText('The Epoch Times · By Katabella Roberts')
    await expect(meta.locator('time')).toHaveCount(0)

    await desk.page.keyboard.press('ControlOrMeta+Shift+z')
    await expect(row).toContainText('Desk Wire · Ana Petrova')
    await desk.page.reload()
    await expect(row).toContainText('Desk Wire · Ana Petrova')
    await row.click()
    await expect(meta).toContainText('Desk Wire · By Ana Petrova')
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2024-11-04')
  })

  test('a bad date or address is named beside its field, and the form keeps what was typed', async ({
    desk,
  }) => {
    await desk.openArticle(EPOCH_ARTICLE)
    await desk.page.getByRole('button', { name: 'Edit details' }).click()
    const form = detailsForm(desk.page)
    await form.getByLabel('Published').fill('31/10/2024')
    await form.getByLabel('Web address').fill('ftp://wire.example/')
    await form.getByRole('button', { name: 'Save' }).click()

    await expect(form.getByLabel('Published')).toHaveAccessibleDescription(/YYYY-MM-DD/)
    await expect(form.getByLabel('Web address')).toHaveAccessibleDescription(/https:\/\//)
    await expect(form.getByLabel('Published')).toBeFocused()
    await expect(form.getByLabel('Published')).toHaveValue('31/10/2024')
    await expect(form.getByLabel('Web address')).toHaveValue('ftp://wire.example/')

    await desk.page.keyboard.press('Escape')
    await expect(form).toHaveCount(0)
    await expect(detailsLine(desk.page)).toContainText('The Epoch Times · By Katabella Roberts')
  })
})
