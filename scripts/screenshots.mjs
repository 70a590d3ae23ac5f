// Takes the README screenshots from the real app in the browser host: `npm run screenshots`.
/* global document, NodeFilter, getSelection -- used inside page.evaluate, which runs in the page */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const OUT = 'docs/screenshots'
const ARTICLE = 'Zelenskiy Criticizes Partners For Weak Response To North Korean Troops In Russia'
const QUOTE = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'

const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-shots-'))
const host = spawn(process.execPath, ['out/main/host.js', '--data-dir', dataDir, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const url = await new Promise((resolve, reject) => {
  let output = ''
  host.stdout.on('data', (chunk) => {
    output += chunk
    const match = /Claimdesk is running at (\S+)/.exec(output)
    if (match) resolve(match[1])
  })
  host.on('exit', () => reject(new Error(`host exited:\n${output}`)))
})

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
})
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme })
    await page.goto(url)
    await page.getByRole('button', { name: new RegExp(`^${ARTICLE}`) }).click()
    const text = page.getByRole('textbox', { name: /^Text of/ })
    if ((await text.locator('mark').count()) === 0) {
      await text.evaluate((root, exact) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent.indexOf(exact)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + exact.length)
          getSelection().removeAllRanges()
          getSelection().addRange(range)
          return
        }
      }, QUOTE)
      // The desk offers marking once it has seen the selection.
      await page.getByRole('button', { name: 'Mark claim' }).waitFor()
      await page.keyboard.press('Control+m')
      const card = page.getByRole('region', { name: 'Claim' })
      await card.getByRole('checkbox', { name: 'Statistic' }).check()
      await card.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
      await card.getByLabel('Who said it').fill('The United States')
      await card.getByLabel('Who said it').press('Enter')
      await card.getByLabel('URL').fill('https://www.defense.gov/News/Transcripts/')
      await card.getByLabel('Title (optional)').fill('Pentagon briefing, Oct. 31')
      await card.getByRole('button', { name: 'Add source' }).click()
      // Stored before the next screenshot reloads the page.
      await page
        .getByRole('list', { name: 'Claims in this article' })
        .getByText('Mostly true')
        .waitFor()
    }
    await page.waitForTimeout(300)
    await page.screenshot({
      path: join(OUT, colorScheme === 'light' ? 'desk.png' : 'desk-dark.png'),
    })
    if (colorScheme === 'light') {
      await page
        .getByRole('region', { name: 'Claim' })
        .screenshot({ path: join(OUT, 'claim-card.png') })
      await page.getByRole('button', { name: 'Discrepancies', exact: true }).click()
      await page
        .getByRole('heading', { name: /Discrepancies/ })
        .first()
        .waitFor()
      // The comparison takes a moment (longer on a busy machine): shoot its result, not its progress.
      await page
        .getByText('Comparing the articles…')
        .waitFor({ state: 'detached', timeout: 60_000 })
      await page.screenshot({ path: join(OUT, 'discrepancies.png') })
      await page.keyboard.press('Control+e')
      const dialog = page.getByRole('dialog', { name: /Export/ })
      await dialog.waitFor()
      await dialog.screenshot({ path: join(OUT, 'export.png') })
    }
    await page.close()
  }
  console.log(`Screenshots written to ${OUT}/`)
} finally {
  await browser.close()
  host.kill()
  await rm(dataDir, { recursive: true, force: true })
}
