import { readFile } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import type { DeskPage } from './page-models/desk-page'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers'
const FINDING = 'Both outlets attribute the figure to U.S. officials.'
const NOTE = 'Call the Pentagon press desk first.'

/** Types into one of the claim card's rich-text fields, which saves itself when it loses focus. */
async function write(field: Locator, text: string): Promise<void> {
  await field.click()
  await field.pressSequentially(text)
  await field.blur()
}

async function markClaimWithFinding(desk: DeskPage): Promise<void> {
  await desk.openArticle(ARTICLE)
  await desk.markClaim(TROOPS)
  await desk.claimCard.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await write(desk.claimCard.getByRole('textbox', { name: 'Finding' }), FINDING)
  await write(desk.claimCard.getByRole('textbox', { name: 'Internal notes' }), NOTE)
}

async function openExport(desk: DeskPage): Promise<Locator> {
  await desk.page.getByRole('button', { name: 'Export report…' }).click()
  return desk.page.getByRole('dialog', { name: 'Export report' })
}

async function exportedText(desk: DeskPage, dialog: Locator): Promise<string> {
  const downloading = desk.page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  return readFile(await (await downloading).path(), 'utf8')
}

test('the claim card keeps the finding apart from the internal notes, and reports publish only the finding unless asked', async ({
  desk,
}) => {
  await markClaimWithFinding(desk)
  await expect(desk.claimCard.getByText('Reports publish it.')).toBeVisible()
  await expect(desk.claimCard.getByText('For the desk only.')).toBeVisible()

  let dialog = await openExport(desk)
  await dialog.getByLabel('Format').selectOption('html')
  await dialog.getByLabel('Title', { exact: true }).fill('Troops in Russia')
  await dialog.getByLabel('By', { exact: true }).fill('Jane Doe')
  const page = await exportedText(desk, dialog)
  expect(page).toMatch(/^<!DOCTYPE html>/)
  expect(page).toContain('<title>Troops in Russia</title>')
  expect(page).toContain('By Jane Doe')
  expect(page).toContain(`<strong>${TROOPS}</strong>`)
  expect(page).toContain(FINDING)
  expect(page).not.toContain(NOTE)
  await dialog.getByRole('button', { name: 'Close' }).click()

  dialog = await openExport(desk)
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Troops in Russia')
  await dialog.getByLabel('Include internal notes').check()
  const withNotes = await exportedText(desk, dialog)
  expect(withNotes).toContain('**Internal notes:**')
  expect(withNotes).toContain(NOTE)
  expect(withNotes).toContain(FINDING)
})

test('File → Export report as PDF… prints the HTML report from a frame that runs nothing', async ({
  desk,
}) => {
  await markClaimWithFinding(desk)
  await desk.page.getByRole('menuitem', { name: 'File' }).click()
  await desk.page.getByRole('menuitem', { name: 'Export report as PDF…' }).click()
  const dialog = desk.page.getByRole('dialog', { name: 'Export report' })
  await expect(dialog.getByLabel('Format')).toHaveValue('pdf')
  await dialog.getByLabel('Title', { exact: true }).fill('Printed check')
  await dialog.getByRole('button', { name: 'Export PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText('choose “Save as PDF”')

  const frame = desk.page.locator('iframe#report-print-frame')
  await expect(frame).toHaveAttribute('sandbox', 'allow-modals allow-same-origin')
  const report = desk.page.frameLocator('iframe#report-print-frame')
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Printed check')
  await expect(report.getByText(FINDING)).toHaveCount(1)
  expect(await report.locator('script, [onload], [onerror]').count()).toBe(0)
  const styled = await report
    .locator('blockquote strong')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor)
  expect(styled).toBe('rgb(255, 241, 184)')
})

test('the workspace display name titles a report that has no title of its own', async ({
  desk,
}) => {
  await desk.page.getByRole('button', { name: 'Settings…' }).click()
  const settings = desk.page.getByRole('dialog', { name: 'Workspace settings' })
  await settings.getByLabel('Name', { exact: true }).fill('Kursk desk')
  await settings.getByRole('button', { name: 'Save name' }).click()
  await expect(settings.getByRole('status').first()).toHaveText('Name saved.')
  await settings.getByRole('button', { name: 'Close' }).click()
  await expect(desk.page.getByText('Kursk desk', { exact: true })).toBeVisible()

  const dialog = await openExport(desk)
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveAttribute(
    'placeholder',
    'Fact-check: Kursk desk',
  )
  const report = await exportedText(desk, dialog)
  expect(report.startsWith('# Fact-check: Kursk desk\n')).toBe(true)
})
