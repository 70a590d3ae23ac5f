import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'

test('the command palette finds and runs a command from the keyboard', async ({ desk }) => {
  const { page } = desk
  await desk.openArticle(ARTICLE)
  await page.keyboard.press('ControlOrMeta+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type('shortcuts')
  await expect(palette.getByRole('option')).toHaveText([/Keyboard shortcuts/])
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByText('Mark selection as claim')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
})

test('the in-window menu bar works with the keyboard and runs the same commands', async ({
  desk,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'Electron hides the in-window menu bar and shows its native one, tested below.',
  )
  const { page } = desk
  await desk.openArticle(ARTICLE)
  const menuBar = page.getByRole('menubar', { name: 'Application menu' })
  await menuBar.getByRole('menuitem', { name: 'View' }).click()
  const view = page.getByRole('menu', { name: 'View' })
  await expect(view.getByRole('menuitem', { name: /Theme: dark/ })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('menu', { name: 'Navigate' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)

  await menuBar.getByRole('menuitem', { name: 'View' }).click()
  await view.getByRole('menuitem', { name: /Theme: dark/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('the native menu runs commands only while the desk can, and edits text with the Edit roles', async ({
  desk,
  nativeMenu,
}) => {
  await desk.openArticle(ARTICLE)
  await nativeMenu.expectItem('Edit', { label: 'Select all', role: 'selectall' })
  await nativeMenu.expectItem('Edit', { label: 'Undo', role: null, enabled: false })
  await expect(nativeMenu.choose('Edit', 'Undo')).rejects.toThrow('disabled')

  await desk.markClaim('October 31')
  await nativeMenu.expectItem('Edit', { label: 'Undo', role: null, enabled: true })
  await nativeMenu.choose('Edit', 'Undo')
  await expect(desk.claimItems()).toHaveCount(0)

  await desk.markClaim('October 31')
  const claimant = desk.claimCard.getByLabel('Who said it')
  await claimant.click()
  await nativeMenu.expectItem('Edit', { label: 'Undo', role: 'undo' })
  await nativeMenu.expectItem('Edit', { label: 'Redo', role: 'redo' })
  await desk.articleText.click()
  await nativeMenu.expectItem('Edit', { label: 'Undo', role: null, enabled: true })

  await nativeMenu.choose('View', 'Theme: dark')
  await expect(desk.page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await nativeMenu.expectItem('View', { label: 'Theme: dark', enabled: false })
})

test('find in article counts matches and steps through them', async ({ desk }) => {
  const { page } = desk
  await desk.openArticle(ARTICLE)
  await desk.articleText.click()
  await page.keyboard.press('ControlOrMeta+f')
  const find = page.getByRole('searchbox', { name: 'Find in article' })
  await expect(find).toBeFocused()
  await find.fill('october 31')
  const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status')
  await expect(count).toHaveText('1 of 4')
  await find.press('Enter')
  await expect(count).toHaveText('2 of 4')
  await find.press('Shift+Enter')
  await find.press('Shift+Enter')
  await expect(count).toHaveText('4 of 4')
  await expect(desk.articleText.locator('.find-match')).toHaveCount(4)
  await find.fill('no such words')
  await expect(count).toHaveText('No matches')
  await find.press('Escape')
  await expect(find).toBeHidden()
  await expect(desk.articleText.locator('.find-match')).toHaveCount(0)
})

test('claims can be marked and walked through without a mouse', async ({ desk }) => {
  const { page } = desk
  await desk.openArticle(ARTICLE)
  await desk.markClaim('October 31')
  await desk.markClaim('some 8,000 North Korean soldiers')
  await desk.articleText.focus()
  await page.keyboard.press('[')
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText('October 31')
  await page.keyboard.press('j')
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText(
    'some 8,000 North Korean soldiers',
  )
  await page.keyboard.press('j')
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText('October 31')

  // Typing in a field types; it does not jump between claims.
  const claimant = desk.claimCard.getByLabel('Who said it')
  await claimant.click()
  await page.keyboard.type('jk')
  await expect(claimant).toHaveValue('jk')
  await expect(desk.claimCard.getByRole('blockquote')).toHaveText('October 31')
})

test('the layout and the last article are remembered after a reload', async ({ desk }) => {
  const { page } = desk
  const second =
    'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia'
  await desk.openArticle(second)
  await page.keyboard.press('ControlOrMeta+b')
  await expect(desk.articleList).toBeHidden()
  await page.reload()
  await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(second)
  await expect(desk.articleList).toBeHidden()
  await page.keyboard.press('ControlOrMeta+b')
  await expect(desk.articleList).toBeVisible()
})
