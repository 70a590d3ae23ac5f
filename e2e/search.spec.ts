import { expect, test } from './fixtures'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const TROOPS = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

const ZURICH = `---
title: Briefing In Zürich
---

Delegates met in Zürich on Tuesday to discuss the grain corridor.`

test.describe('searching the workspace', () => {
  test('Ctrl/Cmd+Shift+F finds text whatever its quote marks, shows the passage and opens the article at the match', async ({
    desk,
  }) => {
    await desk.page.keyboard.press('ControlOrMeta+Shift+f')
    const search = desk.page.getByRole('dialog', { name: 'Search the workspace' })
    // A straight apostrophe finds the article's curly one.
    await search.getByRole('searchbox', { name: 'Search the workspace' }).fill("russia's kursk")
    const matches = search.getByRole('list', { name: 'Matches' })
    const hit = matches.getByRole('button').filter({ hasText: ARTICLE }).first()
    await expect(hit).toBeVisible()
    await expect(hit.locator('mark').first()).toHaveText('Russia’s')
    await hit.click()
    await expect(search).toBeHidden()
    await expect(desk.articleText.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
    await expect(desk.articleText.locator('.find-match-current')).toHaveText('Russia’s')
  })

  test('accents fold, a quoted phrase must match in order, and a word matches by its start', async ({
    desk,
  }) => {
    await desk.page.getByLabel('Files to import').setInputFiles({
      name: 'zurich.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(ZURICH),
    })
    await expect(desk.articleList.getByRole('button', { name: /Briefing In Zürich/ })).toBeVisible()
    await desk.page.keyboard.press('ControlOrMeta+Shift+f')
    const box = desk.page.getByRole('searchbox', { name: 'Search the workspace' })
    const matches = desk.page.getByRole('list', { name: 'Matches' })
    const count = desk.page.getByRole('dialog').getByRole('status')

    await box.fill('zurich grain')
    await expect(matches.getByRole('button').first()).toContainText('Briefing In Zürich')
    await expect(matches.getByRole('button').first().locator('mark').first()).toHaveText('Zürich')

    await box.fill('"grain corridor"')
    await expect(matches.getByRole('button').first()).toContainText('Briefing In Zürich')
    await box.fill('"corridor grain"')
    await expect(count).toHaveText('No matches')

    await box.fill('deleg')
    await expect(matches.getByRole('button').first().locator('mark').first()).toHaveText(
      'Delegates',
    )
  })

  test('a claim is found by its quote and opens with the claim shown', async ({ desk }) => {
    await desk.openArticle(ARTICLE)
    await desk.markClaim(TROOPS)
    await desk.page.keyboard.press('ControlOrMeta+Shift+f')
    await desk.page
      .getByRole('searchbox', { name: 'Search the workspace' })
      .fill('"8,000 north korean soldiers"')
    const quoteHit = desk.page
      .getByRole('list', { name: 'Matches' })
      .getByRole('button')
      .filter({ hasText: 'Quote' })
    await expect(quoteHit).toHaveCount(1)
    await quoteHit.click()
    await expect(desk.claimCard).toContainText(TROOPS)
  })
})
