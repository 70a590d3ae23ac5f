import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'

const SAMPLE = '001_b6ac9b1c9e3b9886.txt'
const TITLE =
  'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia'

test('a folder opens as a workspace from the File menu, and the app reopens it', async ({
  desk,
  restartDesk,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'In Electron File → Open folder shows the native folder picker, not this typed-path dialog; tested below.',
  )
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-folder-'))
  try {
    await copyFile(resolve('resources/samples', SAMPLE), join(folder, SAMPLE))
    const { page } = desk
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click()
    await page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: /Open folder as workspace/ })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Open folder as workspace' })
    const path = dialog.getByLabel('Folder (full path)')
    await path.fill(join(folder, 'missing'))
    await dialog.getByRole('button', { name: 'Open' }).click()
    await expect(dialog.getByRole('alert')).toContainText('There is no folder')

    await path.fill(folder)
    await dialog.getByRole('button', { name: 'Open' }).click()
    await expect(dialog).toBeHidden()
    await expect(
      page.getByText(/Opened workspace .* \(1 article\)\. Imported 1, skipped 0\./),
    ).toBeVisible()
    await expect(desk.articleButtons()).toHaveCount(1)
    await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(TITLE)

    const again = await restartDesk()
    await expect(again.articleButtons()).toHaveCount(1)
    await again.page.keyboard.press('ControlOrMeta+k')
    await again.page.keyboard.type('recent')
    await again.page.keyboard.press('Enter')
    const recent = again.page.getByRole('list', { name: 'Recent workspaces' })
    await expect(
      recent.getByRole('button', {
        name: new RegExp(folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      }),
    ).toHaveAttribute('aria-current', 'true')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('a folder chosen in the native picker opens as a workspace, and the app reopens it', async ({
  desk,
  nativeMenu,
  restartDesk,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-folder-'))
  try {
    await copyFile(resolve('resources/samples', SAMPLE), join(folder, SAMPLE))
    await nativeMenu.answerFolderPicker(folder)
    await nativeMenu.choose('File', 'Open folder as workspace…')
    await expect(
      desk.page.getByText(/Opened workspace .* \(1 article\)\. Imported 1, skipped 0\./),
    ).toBeVisible()
    await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(TITLE)

    const again = await restartDesk()
    await expect(again.articleButtons()).toHaveCount(1)
    await expect(again.articleText.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
