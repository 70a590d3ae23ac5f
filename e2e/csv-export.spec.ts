import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

test('a claim spanning two paragraphs, with a two-paragraph note, is one CSV row and no formula', async ({
  desk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.selectAcross('if Kyiv were not restricted', 'The United States said')
  await desk.page.keyboard.press('ControlOrMeta+m')
  const card = desk.claimCard
  await expect(card.getByRole('blockquote')).toContainText('The United States said')
  await card.getByLabel('Who said it').fill('Zelenskiy')
  const notes = card.getByRole('textbox', { name: 'Internal notes' })
  await notes.click()
  await desk.page.keyboard.type('Compare with Russia’s own figure.')
  await desk.page.keyboard.press('Enter')
  await desk.page.keyboard.type('=HYPERLINK("http://evil.example","click")')
  await card.getByLabel('Who said it').focus()

  const dialogButton = desk.page.getByRole('button', { name: 'Export report…' })
  const dialog = desk.page.getByRole('dialog', { name: 'Export report' })
  // The export reads what is stored; it is retried until the notes saved on blur are there.
  await expect(async () => {
    if (!(await dialog.isVisible())) await dialogButton.click()
    await dialog.getByLabel('Format').selectOption('csv')
    const downloading = desk.page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const bytes = await readFile(await (await downloading).path())
    expect(bytes.subarray(0, 3)).toEqual(UTF8_BOM)
    const text = bytes.toString('utf8')
    const rows: Record<string, string>[] = parse(text, { columns: true, bom: true })
    expect(rows).toHaveLength(1)
    expect(rows[0]!.quote).toMatch(/restricted, Zelenskiy said\.\n\nThe United States said$/)
    expect(rows[0]!.claimant).toBe('Zelenskiy')
    expect(rows[0]!.notes).toBe(
      'Compare with Russia’s own figure.\n\'=HYPERLINK("http://evil.example","click")',
    )
    const lines = text.split(/\r\n|\r|\n/)
    expect(lines.filter((line) => /^[=+\-@]/.test(line))).toEqual([])
    expect(text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2)
  }).toPass()
})
