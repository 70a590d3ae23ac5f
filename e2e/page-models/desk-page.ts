import { expect, type Locator, type Page } from '@playwright/test'

/** The desk as a user sees it: found by role and accessible name, never by CSS class. */
export class DeskPage {
  readonly articleList: Locator
  readonly articleText: Locator
  readonly claimsPanel: Locator
  readonly claimList: Locator
  readonly claimCard: Locator

  constructor(readonly page: Page) {
    this.articleList = page.getByRole('list', { name: 'Articles' })
    this.articleText = page.getByRole('textbox', { name: /^Text of/ })
    this.claimsPanel = page.getByRole('complementary', { name: 'Claims' })
    this.claimList = page.getByRole('list', { name: 'Claims in this article' })
    this.claimCard = page.getByRole('region', { name: 'Claim' })
  }

  articleButtons(): Locator {
    return this.articleList.getByRole('button')
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.articleList.getByRole('button', { name: title }).click()
    await expect(this.articleText.getByRole('heading', { level: 1 })).toHaveText(title)
  }

  /** Selects the first occurrence of `exact` in the article, as a drag with the mouse would. */
  async selectInArticle(exact: string): Promise<void> {
    await this.articleText.click({ position: { x: 2, y: 2 } })
    const found = await this.articleText.evaluate((root, exact) => {
      for (const block of Array.from(root.children)) {
        const at = (block.textContent ?? '').indexOf(exact)
        if (at < 0) continue
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        const range = document.createRange()
        let seen = 0
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0
          if (seen <= at && at < seen + length) range.setStart(node, at - seen)
          if (seen < at + exact.length && at + exact.length <= seen + length) {
            range.setEnd(node, at + exact.length - seen)
            break
          }
          seen += length
        }
        const selection = window.getSelection()
        selection?.removeAllRanges()
        selection?.addRange(range)
        return true
      }
      return false
    }, exact)
    expect(found, `“${exact}” is in the article`).toBe(true)
  }

  /** Selects from the start of `first` to the end of `last`, across paragraphs if they differ. */
  async selectAcross(first: string, last: string): Promise<void> {
    await this.articleText.click({ position: { x: 2, y: 2 } })
    const found = await this.articleText.evaluate(
      (root, [first, last]: readonly [string, string]) => {
        const pointAt = (text: string, atEnd: boolean): [Node, number] | null => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node.textContent ?? '').indexOf(text)
            if (at >= 0) return [node, atEnd ? at + text.length : at]
          }
          return null
        }
        const start = pointAt(first, false)
        const end = pointAt(last, true)
        if (!start || !end) return false
        window.getSelection()?.setBaseAndExtent(...start, ...end)
        return true
      },
      [first, last] as const,
    )
    expect(found, `“${first}” and “${last}” are in the article`).toBe(true)
  }

  async markClaim(exact: string): Promise<void> {
    await this.selectInArticle(exact)
    await expect(this.page.getByRole('button', { name: 'Mark claim' })).toBeVisible()
    await this.page.keyboard.press('ControlOrMeta+m')
    await expect(this.highlight(exact)).toBeVisible()
    // The card opens once the main side has stored the claim.
    await expect(this.claimCard.getByRole('blockquote')).toHaveText(exact)
  }

  /** The highlight whose text is exactly `exact` (a claim may be split by nested claims). */
  highlight(exact: string): Locator {
    return this.articleText.locator('mark', { hasText: exact }).first()
  }

  /** Plain article text containing `text`, to click on before anything is marked there. */
  highlightTarget(text: string): Locator {
    return this.articleText.getByText(text, { exact: false }).first()
  }

  claimItems(): Locator {
    return this.claimList.getByRole('listitem')
  }
}
