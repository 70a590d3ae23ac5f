import type { Page } from '@playwright/test'
import { repeat } from '../stats'
import {
  clickUntilPainted,
  heapMegabytes,
  longestTaskSince,
  scrollThrough,
  sinceInputUntilPainted,
  untilIdle,
} from './in-page'

export type OpenRun = { elapsed: number; longestTask: number; heap: number; isScrollable: boolean }

const ARTICLE_SCROLLER = '.pane-article'

/** The app loaded afresh, its first article shown, then the big one (second in the list) opened. */
export async function openBigArticle(
  page: Page,
  url: string,
  claimCount: number,
): Promise<OpenRun> {
  // The desk reopens the article last read; forgetting it makes every run open the big one afresh.
  // (The token is in the URL's fragment: going to the same URL again would not load the page.)
  await page.goto('about:blank')
  await page.goto(url)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.locator('.article-text').waitFor()
  if ((await page.locator('.article-text mark.claim').count()) > 0)
    throw new Error('the desk opened the big article by itself')
  const opened = await clickUntilPainted(page, '.article-list li:nth-child(2) button', {
    selector: '.article-text mark.claim',
    count: claimCount,
  })
  // Work the open leaves behind (the claims list, late effects) still counts against it.
  await page.waitForTimeout(1000)
  const longestTask = await longestTaskSince(page, opened.started)
  const isScrollable = await page.$eval(
    ARTICLE_SCROLLER,
    (el) => el.scrollHeight > el.clientHeight * 10,
  )
  return { elapsed: opened.elapsed, longestTask, heap: await heapMegabytes(page), isScrollable }
}

/** The same article text shown by plain TipTap, from the same click to the same painted frame. */
export async function openBaseline(page: Page, url: string, blockCount: number): Promise<number> {
  await page.goto(url)
  const opened = await clickUntilPainted(page, '#open', {
    selector: '.article-text > *',
    count: blockCount,
  })
  return opened.elapsed
}

/** Brings block `index` of the article into view and selects characters 2–22 of its first long text. */
async function selectInBlock(page: Page, index: number): Promise<void> {
  await page.evaluate((index) => {
    const blocks = document.querySelectorAll('.article-text .block-paragraph')
    const block = blocks[index % blocks.length]
    if (!block) throw new Error('the article has no paragraphs')
    block.scrollIntoView({ block: 'center' })
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    let node = walker.nextNode()
    while (node && (node.textContent?.length ?? 0) < 24) node = walker.nextNode()
    if (!node) throw new Error('no text long enough to select')
    const range = document.createRange()
    range.setStart(node, 2)
    range.setEnd(node, 22)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
  }, index)
  await page.getByRole('button', { name: 'Mark claim' }).waitFor()
}

/** From Ctrl+M to the new highlight painted, `runs` times on paragraphs spread through the article. */
export async function markClaims(page: Page, runs: number): Promise<number[]> {
  return repeat(runs, async (run) => {
    await selectInBlock(page, 37 + run * 211)
    await untilIdle(page)
    const painted = sinceInputUntilPainted(page, 'key', {
      selector: '.article-text mark.claim-pending',
    })
    await page.keyboard.press('Control+m')
    const elapsed = await painted
    await page.waitForFunction(() => !document.querySelector('.article-text mark.claim-pending'))
    return elapsed
  })
}

/** From a click on a highlight to its claim card painted, on highlights spread through the article. */
export async function clickClaims(page: Page, runs: number): Promise<number[]> {
  return repeat(runs, async (run) => {
    const box = await page.evaluate(
      (index) => {
        // A highlight with nothing nested in it and outside the open claim, so the click opens a new card.
        const marks = document.querySelectorAll<HTMLElement>(
          '.article-text mark.claim:not(.claim-active):not(.claim-active mark):not(:has(mark))',
        )
        for (let n = index; n < index + marks.length; n++) {
          const mark = marks[(n * 997) % marks.length]
          if (!mark) break
          mark.scrollIntoView({ block: 'center' })
          const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect()
          const point = {
            x: rect.left + Math.min(4, rect.width / 2),
            y: rect.top + rect.height / 2,
          }
          if (document.elementFromPoint(point.x, point.y) === mark) return point
        }
        throw new Error('no highlight to click')
      },
      100 + run * 7,
    )
    // The card is keyed by claim, so the new claim's card is a new element without this mark.
    await page.evaluate(() =>
      document.querySelector('.claim-card')?.setAttribute('data-bench-seen', ''),
    )
    await untilIdle(page)
    const shown = sinceInputUntilPainted(page, 'click', {
      selector: '.claim-card:not([data-bench-seen])',
    })
    await page.mouse.click(box.x, box.y)
    return shown
  })
}

/** The longest frame while scrolling the whole article, top to bottom, `step` px a frame. */
export async function scrollArticle(page: Page, runs: number, step: number): Promise<number[]> {
  return repeat(runs, async () => (await scrollThrough(page, ARTICLE_SCROLLER, step)).longestFrame)
}
