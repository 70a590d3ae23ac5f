import { expect, test } from './fixtures'
import { seriousViolations } from './support/serious-violations'

const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    test('the desk, a claim card and the palette have no serious accessibility violations', async ({
      desk,
    }) => {
      await desk.openArticle(ARTICLE)
      expect(await seriousViolations(desk.page)).toEqual([])

      await desk.markClaim('some 8,000 North Korean soldiers are now in Russia’s Kursk region')
      await desk.claimCard.getByRole('checkbox', { name: 'Statistic' }).check()
      await desk.claimCard.getByLabel('Verdict').selectOption({ label: 'Mostly false' })
      expect(await seriousViolations(desk.page)).toEqual([])

      await desk.page.keyboard.press('ControlOrMeta+k')
      await expect(desk.page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
      expect(await seriousViolations(desk.page)).toEqual([])
    })

    test('the tag manager, settings and shortcuts dialogs have no serious accessibility violations', async ({
      desk,
    }) => {
      const { page } = desk
      for (const [button, title] of [
        ['Tags…', 'Tags'],
        ['Settings…', 'Workspace settings'],
      ] as const) {
        await page
          .getByRole('toolbar', { name: 'Workspace commands' })
          .getByRole('button', { name: button })
          .click()
        const dialog = page.getByRole('dialog', { name: title })
        await expect(dialog).toBeVisible()
        expect(await seriousViolations(page)).toEqual([])
        await page.keyboard.press('Escape')
        await expect(dialog).toBeHidden()
      }
      await page.keyboard.press('ControlOrMeta+/')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })
  })
}
