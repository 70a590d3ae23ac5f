import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

/** Serious and critical WCAG 2.1 AA problems in the open dialog, by rule id. */
async function dialogViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('dialog[open]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id)
}

test('a marked claim is exported as a Markdown report through the Export dialog', async ({
  desk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await expect(desk.claimItems().first()).toContainText('Mostly true')

  await desk.page.getByRole('button', { name: 'Export report…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Export report' })
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked()
  await expect(dialog.getByLabel('Format')).toHaveValue('md')
  const downloading = desk.page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const download = await downloading

  expect(download.suggestedFilename()).toMatch(
    /^zelenskiy-criticizes-partners-.*-report-\d{4}-\d{2}-\d{2}\.md$/,
  )
  const report = await readFile(await download.path(), 'utf8')
  expect(report).toContain(`**${TROOPS}**`)
  expect(report).toContain('**Verdict:** Mostly true')
  await expect(dialog.getByRole('status')).toHaveText(/^Exported 1 claim\(s\) as /)
})

test('Ctrl/Cmd+E exports ClaimReview, listing what is missing first and saving the publisher', async ({
  desk,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByLabel('Verdict').selectOption({ label: 'False' })
  await expect(desk.claimItems().first()).toContainText('False')
  await desk.articleText.click()

  await desk.page.keyboard.press('ControlOrMeta+e')
  const dialog = desk.page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByLabel('Format').selectOption('claimreview')
  await dialog.getByLabel('Publisher name').fill('Desk Check')
  await dialog.getByLabel('Publisher URL').fill('https://check.example/')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()

  const missing = dialog.getByRole('region', { name: 'Missing from this report' })
  await expect(missing).toContainText('1 rated claim(s) do not say who made the claim.')
  expect(await dialogViolations(desk.page)).toEqual([])
  const downloading = desk.page.waitForEvent('download')
  await missing.getByRole('button', { name: 'Export anyway' }).click()
  const reviews = JSON.parse(await readFile(await (await downloading).path(), 'utf8'))
  expect(reviews['@graph']).toHaveLength(1)
  expect(reviews['@graph'][0]).toMatchObject({
    claimReviewed: TROOPS,
    author: { name: 'Desk Check', url: 'https://check.example/' },
    reviewRating: { ratingValue: 1, alternateName: 'False' },
  })

  await dialog.getByRole('button', { name: 'Close' }).click()
  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  const settings = desk.page.getByRole('dialog', { name: 'Workspace settings' })
  await expect(settings.getByLabel('Publisher name')).toHaveValue('Desk Check')
  await expect(settings.getByLabel('Publisher URL')).toHaveValue('https://check.example/')
})

test('claims exported as W3C annotations come back through File → Import annotations…', async ({
  desk,
  appMenu,
}) => {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await expect(desk.claimItems().first()).toContainText('Mostly true')

  await desk.page.getByRole('button', { name: 'Export report…' }).click()
  const exportDialog = desk.page.getByRole('dialog', { name: 'Export report' })
  await exportDialog.getByLabel('Format').selectOption('w3c')
  const downloading = desk.page.waitForEvent('download')
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  const annotations = await (await downloading).path()
  await exportDialog.getByRole('button', { name: 'Close' }).click()

  await desk.claimCard.getByRole('button', { name: 'Delete claim' }).click()
  await expect(desk.claimItems()).toHaveCount(0)

  await appMenu.choose('File', 'Import annotations…')
  const importDialog = desk.page.getByRole('dialog', { name: 'Import annotations' })
  await importDialog.getByLabel('Annotations file').setInputFiles(annotations)
  await expect(importDialog.getByRole('status')).toHaveText('Imported 1 claim(s).')
  expect(await dialogViolations(desk.page)).toEqual([])
  await importDialog.getByRole('button', { name: 'Close' }).click()
  await expect(desk.claimItems()).toHaveCount(1)
  await expect(desk.claimItems().first()).toContainText('Mostly true')
  await expect(desk.highlight(TROOPS)).toBeVisible()
})

test('a Hypothesis annotation whose quote is in two articles lands in the one the user chooses', async ({
  desk,
  appMenu,
}) => {
  const quote = { type: 'TextQuoteSelector', exact: 'Kursk region' }
  const search = {
    total: 2,
    rows: [
      {
        id: 'h-root',
        uri: 'https://elsewhere.example/copy',
        text: 'Where **exactly**?',
        tags: ['places'],
        target: [{ source: 'https://elsewhere.example/copy', selector: [quote] }],
        document: { title: ['A copy elsewhere'] },
      },
      { id: 'h-reply', user: 'acct:sam@hypothes.is', text: 'Near Sudzha.', references: ['h-root'] },
    ],
  }
  await appMenu.choose('File', 'Import annotations…')
  const dialog = desk.page.getByRole('dialog', { name: 'Import annotations' })
  await dialog.getByLabel('Annotations file').setInputFiles({
    name: 'hypothesis.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(search)),
  })
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported 0 claim(s); 1 wait for you to choose an article.',
  )
  const choices = dialog.getByRole('form', { name: 'Choose articles' })
  await expect(choices.getByRole('radio')).toHaveCount(3)
  await choices.getByRole('radio', { name: /^Zelenskyy Condemns/ }).check()
  expect(await dialogViolations(desk.page)).toEqual([])
  await choices.getByRole('button', { name: 'Import into the chosen articles' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported 1 claim(s); 1 found by their quote in another copy of the page; 1 replies kept as notes; new tags: places.',
  )
  await dialog.getByRole('button', { name: 'Close' }).click()

  await desk.openArticle(
    'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia',
  )
  await expect(desk.claimItems()).toHaveCount(1)
  await expect(desk.highlight('Kursk region')).toBeVisible()
})
